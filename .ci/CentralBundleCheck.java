import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;

/**
 * Checks a Central Publisher Portal bundle (target/central-bundle.zip of {@code mvn -Prelease deploy}) against
 * what Central requires of every component (https://central.sonatype.org/publish/requirements/): a POM with
 * name, description, url, license, developer and scm; for jar modules the jar, a sources jar and a javadoc jar;
 * an .md5 and a .sha1 file that match every file; with {@code --signed}, an .asc signature of every file; a
 * release version; and nothing of this project that is not meant to be published.
 *
 * <pre>java .ci/CentralBundleCheck.java target/central-bundle.zip VERSION [--signed]</pre>
 *
 * Run by .ci/release-check; plain JDK, so it needs no build of its own.
 */
public class CentralBundleCheck {

  /** Every published artifact and its packaging; pom modules have no jars. */
  private static final Map<String, String> PUBLISHED = Map.of(
      "okx-testkit-parent", "pom",
      "okx-testkit-bom", "pom",
      "okx-core", "jar",
      "okx-simulator", "jar",
      "okx-junit-extension", "jar",
      "okx-maven-plugin", "jar",
      "okx-testcontainers", "jar");

  private static final String GROUP_PATH = "dev/okxtestkit/";

  private final Map<String, byte[]> files = new TreeMap<>();
  private final List<String> problems = new ArrayList<>();
  private final String version;
  private final boolean signed;

  private CentralBundleCheck(String version, boolean signed) {
    this.version = version;
    this.signed = signed;
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: java CentralBundleCheck.java BUNDLE.zip VERSION [--signed]");
      System.exit(2);
    }
    CentralBundleCheck check = new CentralBundleCheck(args[1], args.length > 2 && args[2].equals("--signed"));
    check.read(Path.of(args[0]));
    check.run();
    if (!check.problems.isEmpty()) {
      System.err.println("Central bundle check FAILED: " + check.problems.size() + " problem(s)");
      check.problems.forEach(p -> System.err.println("  - " + p));
      System.exit(1);
    }
    System.out.printf("Central bundle check passed: %d files, %d components, version %s%s%n",
        check.files.size(), PUBLISHED.size(), check.version, check.signed ? ", every file signed" : "");
  }

  private void read(Path bundle) throws IOException {
    try (ZipFile zip = new ZipFile(bundle.toFile())) {
      for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
        if (!entry.isDirectory()) {
          files.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
        }
      }
    }
  }

  private void run() throws Exception {
    if (version.endsWith("-SNAPSHOT")) {
      problems.add("version " + version + " is a snapshot: Central takes release versions only");
    }
    for (String path : files.keySet()) {
      if (!path.startsWith(GROUP_PATH)) {
        problems.add("unexpected file outside " + GROUP_PATH + ": " + path);
      } else {
        String artifactId = path.substring(GROUP_PATH.length()).split("/")[0];
        if (!PUBLISHED.containsKey(artifactId)) {
          problems.add("not meant to be published: " + path);
        }
      }
      if (path.contains("maven-metadata")) {
        problems.add("repository metadata does not belong in a bundle: " + path);
      }
    }
    for (Map.Entry<String, String> module : PUBLISHED.entrySet()) {
      checkComponent(module.getKey(), module.getValue());
    }
  }

  private void checkComponent(String artifactId, String packaging) throws Exception {
    String base = GROUP_PATH + artifactId + "/" + version + "/" + artifactId + "-" + version;
    checkFile(base + ".pom");
    if (files.containsKey(base + ".pom")) {
      checkPom(base + ".pom", files.get(base + ".pom"));
    }
    if (packaging.equals("jar")) {
      checkFile(base + ".jar");
      checkFile(base + "-sources.jar");
      checkFile(base + "-javadoc.jar");
      checkJarHolds(base + ".jar", ".class");
      checkJarHolds(base + "-sources.jar", ".java");
      checkJarHolds(base + "-javadoc.jar", "index.html");
    }
  }

  /** The file itself, its checksums (which must match) and, when signed, its signature. */
  private void checkFile(String path) throws NoSuchAlgorithmException {
    byte[] content = files.get(path);
    if (content == null) {
      problems.add("missing: " + path);
      return;
    }
    checkDigest(path, content, "md5", "MD5");
    checkDigest(path, content, "sha1", "SHA-1");
    if (signed) {
      byte[] signature = files.get(path + ".asc");
      if (signature == null) {
        problems.add("missing signature: " + path + ".asc");
      } else if (!new String(signature, StandardCharsets.US_ASCII).startsWith("-----BEGIN PGP SIGNATURE-----")) {
        problems.add("not an ASCII-armoured PGP signature: " + path + ".asc");
      }
    }
  }

  private void checkDigest(String path, byte[] content, String extension, String algorithm)
      throws NoSuchAlgorithmException {
    byte[] recorded = files.get(path + "." + extension);
    if (recorded == null) {
      problems.add("missing checksum: " + path + "." + extension);
      return;
    }
    String expected = HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
    String actual = new String(recorded, StandardCharsets.US_ASCII).trim().split("\\s+")[0];
    if (!expected.equalsIgnoreCase(actual)) {
      problems.add("wrong checksum: " + path + "." + extension);
    }
  }

  private void checkJarHolds(String path, String suffix) throws IOException {
    byte[] jar = files.get(path);
    if (jar == null) {
      return;
    }
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (entry.getName().endsWith(suffix)) {
          return;
        }
      }
    }
    problems.add(path + " holds no " + suffix + " file");
  }

  /**
   * The POM elements Central refuses a component without. Central reads them through the parent chain, so a
   * module may inherit them from okx-testkit-parent, which must then be in the bundle too.
   */
  private void checkPom(String path, byte[] pom) throws Exception {
    Document document = parse(pom);
    String parentArtifactId = value(document, "parent/artifactId");
    Document parent = null;
    if (!parentArtifactId.isBlank()) {
      String parentPath = GROUP_PATH + parentArtifactId + "/" + version + "/" + parentArtifactId + "-" + version + ".pom";
      if (!files.containsKey(parentPath)) {
        problems.add(path + ": its parent " + parentPath + " is not in the bundle");
      } else {
        parent = parse(files.get(parentPath));
      }
    }
    for (String element : List.of("name", "description", "url", "licenses/license/name", "licenses/license/url",
        "developers/developer/name", "scm/url", "scm/connection")) {
      boolean inherited = parent != null && !element.equals("name") && !element.equals("description")
          && !value(parent, element).isBlank();
      if (value(document, element).isBlank() && !inherited) {
        problems.add(path + ": no <" + element + ">" + (parent == null ? "" : ", not even inherited"));
      }
    }
    String pomVersion = value(document, "version");
    if (pomVersion.isBlank()) {
      pomVersion = value(document, "parent/version");
    }
    if (!version.equals(pomVersion)) {
      problems.add(path + ": version " + pomVersion + ", expected " + version);
    }
  }

  private static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  /** The text of a path below {@code <project>}, namespace or not; blank when absent. */
  private static String value(Document document, String path) throws Exception {
    String expression = "/*[local-name()='project']/" + localNames(path);
    return ((String) XPathFactory.newInstance().newXPath().evaluate(expression, document, XPathConstants.STRING))
        .trim();
  }

  private static String localNames(String path) {
    StringBuilder expression = new StringBuilder();
    for (String step : path.split("/")) {
      if (expression.length() > 0) {
        expression.append('/');
      }
      expression.append("*[local-name()='").append(step).append("']");
    }
    return expression.toString();
  }
}
