package dev.okxtestkit.contracts.signer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okxtestkit.contracts.VerificationSetupException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiles user classes into a directory, as a project's test-classes, and loads them from there. */
class SignerLoaderTest {

  @TempDir Path classes;

  @BeforeEach
  void compileUserClasses() throws IOException {
    compile("com/example/UpperCaseSigner.java", """
        package com.example;
        public class UpperCaseSigner implements dev.okxtestkit.signing.OkxRequestSigner {
          public String sign(String ts, String method, String path, String body, String secret) {
            return new dev.okxtestkit.signing.OkxSigner().sign(ts, method, path, body, secret).toUpperCase();
          }
        }""");
    compile("com/example/NotASigner.java", "package com.example; public class NotASigner {}");
    compile("com/example/NeedsArgs.java", """
        package com.example;
        public class NeedsArgs implements dev.okxtestkit.signing.OkxRequestSigner {
          public NeedsArgs(String secret) {}
          public String sign(String ts, String method, String path, String body, String secret) { return ""; }
        }""");
  }

  @Test
  void loadsTheUsersClassAsTheInterfaceThePluginKnows() {
    try (LoadedSigner loaded = SignerLoader.load("com.example.UpperCaseSigner", List.of(classes), parent())) {
      assertThat(loaded.name()).isEqualTo("com.example.UpperCaseSigner");
      assertThat(loaded.signer().sign("2020-12-08T09:08:57.715Z", "GET", "/api/v5/account/balance?ccy=BTC", "",
          "22582BD0CFF14C41EDBF1AB98506286D")).isEqualTo("HiZhvSfMtWJA3uUIVXV3a/bSXNPCWvYFXoGCVS8V4zY=".toUpperCase());
    }
  }

  @Test
  void explainsWhatIsWrongWithTheClass() {
    assertThatThrownBy(() -> SignerLoader.load("com.example.Missing", List.of(classes), parent()))
        .isInstanceOf(VerificationSetupException.class)
        .hasMessageContaining("com.example.Missing is not on the project's test classpath")
        .hasMessageContaining("mvn test-compile okx:verify");
    assertThatThrownBy(() -> SignerLoader.load("com.example.NotASigner", List.of(classes), parent()))
        .hasMessage("okx.signer class com.example.NotASigner does not implement"
            + " dev.okxtestkit.signing.OkxRequestSigner.");
    assertThatThrownBy(() -> SignerLoader.load("com.example.NeedsArgs", List.of(classes), parent()))
        .hasMessage("okx.signer class com.example.NeedsArgs needs a no-argument constructor.");
  }

  private static ClassLoader parent() {
    return SignerLoaderTest.class.getClassLoader();
  }

  private void compile(String name, String source) throws IOException {
    Path file = classes.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, source);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status = javac.run(null, null, null, "-classpath", System.getProperty("java.class.path"),
        "-d", classes.toString(), file.toString());
    assertThat(status).as("javac " + name).isZero();
    Files.delete(file); // only classes on the classpath, as in target/test-classes
    assertThat(classes.resolve(name.replace(".java", ".class")).toFile()).isFile();
  }

}
