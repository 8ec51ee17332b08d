package dev.okxtestkit.contracts.report;

import dev.okxtestkit.contracts.VerifyReport;
import dev.okxtestkit.contracts.check.CheckResult;
import dev.okxtestkit.contracts.check.CheckStatus;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Surefire's JUnit XML ({@code TEST-okx-contracts.xml}), the format CI servers read: one
 * {@code testcase} per check, class name = the check's group.
 */
public final class JUnitXmlReport {

  public static final String FILE_NAME = "TEST-okx-contracts.xml";
  static final String FAILURE_TYPE = "dev.okxtestkit.contracts.ContractViolation";

  private JUnitXmlReport() {}

  public static Path write(VerifyReport report, Path directory, Instant finishedAt) throws IOException {
    Files.createDirectories(directory);
    Path file = directory.resolve(FILE_NAME);
    try (OutputStream out = Files.newOutputStream(file)) {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuite");
      xml.writeAttribute("name", "okx-contracts");
      xml.writeAttribute("tests", Integer.toString(report.results().size()));
      xml.writeAttribute("failures", Long.toString(report.count(CheckStatus.FAILED)));
      xml.writeAttribute("errors", Long.toString(report.count(CheckStatus.ERROR)));
      xml.writeAttribute("skipped", Long.toString(report.count(CheckStatus.SKIPPED)));
      xml.writeAttribute("time", seconds(report.duration()));
      xml.writeAttribute("timestamp", finishedAt.truncatedTo(ChronoUnit.SECONDS).toString());
      xml.writeCharacters("\n  ");
      xml.writeStartElement("properties");
      property(xml, "okx.target", report.target());
      property(xml, "okx.signer", report.signer());
      xml.writeEndElement();
      for (CheckResult r : report.results()) {
        testcase(xml, r);
      }
      if (report.compared()) {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("system-out");
        xml.writeCharacters(clean(String.join("\n", ConsoleSummary.drift(report))));
        xml.writeEndElement();
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("Cannot write " + file + ": " + e.getMessage(), e);
    }
    return file;
  }

  private static void testcase(XMLStreamWriter xml, CheckResult r) throws XMLStreamException {
    xml.writeCharacters("\n  ");
    xml.writeStartElement("testcase");
    xml.writeAttribute("name", clean(r.name()));
    xml.writeAttribute("classname", clean(r.group()));
    xml.writeAttribute("time", seconds(r.duration()));
    switch (r.status()) {
      case FAILED -> problem(xml, "failure", r);
      case ERROR -> problem(xml, "error", r);
      case SKIPPED -> {
        xml.writeEmptyElement("skipped");
        xml.writeAttribute("message", clean(r.message()));
      }
      case PASSED -> { }
    }
    xml.writeEndElement();
  }

  private static void problem(XMLStreamWriter xml, String element, CheckResult r) throws XMLStreamException {
    xml.writeStartElement(element);
    xml.writeAttribute("message", clean(r.summary()));
    xml.writeAttribute("type", FAILURE_TYPE);
    xml.writeCharacters(clean(r.message()));
    xml.writeEndElement();
  }

  private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
    xml.writeCharacters("\n    ");
    xml.writeEmptyElement("property");
    xml.writeAttribute("name", name);
    xml.writeAttribute("value", clean(value));
  }

  private static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.3f", duration.toNanos() / 1e9);
  }

  /** XML 1.0 cannot hold most control characters; an answer could contain them. */
  static String clean(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints().forEach(c -> sb.appendCodePoint(
        c == '\n' || c == '\r' || c == '\t' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) ? c : '?'));
    return sb.toString();
  }
}
