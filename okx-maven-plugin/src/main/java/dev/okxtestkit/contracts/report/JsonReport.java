package dev.okxtestkit.contracts.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.okxtestkit.contracts.VerifyReport;
import dev.okxtestkit.contracts.check.CheckResult;
import dev.okxtestkit.contracts.check.CheckStatus;
import dev.okxtestkit.contracts.check.Observation;
import dev.okxtestkit.contracts.drift.Drift;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** {@code okx-report.json}: every check with its answers' shapes, and the drift, for tools. */
public final class JsonReport {

  public static final String FILE_NAME = "okx-report.json";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonReport() {}

  public static Path write(VerifyReport report, Path directory) throws IOException {
    Files.createDirectories(directory);
    Path file = directory.resolve(FILE_NAME);
    JSON.writeValue(file.toFile(), toJson(report));
    return file;
  }

  static ObjectNode toJson(VerifyReport report) {
    ObjectNode root = JSON.createObjectNode();
    root.put("target", report.target());
    root.put("signer", report.signer());
    root.put("durationMillis", report.duration().toMillis());
    ObjectNode summary = root.putObject("summary");
    summary.put("checks", report.results().size());
    for (CheckStatus status : CheckStatus.values()) {
      summary.put(status.name().toLowerCase(Locale.ROOT), report.count(status));
    }
    ArrayNode checks = root.putArray("checks");
    for (CheckResult r : report.results()) {
      ObjectNode check = checks.addObject();
      check.put("group", r.group());
      check.put("name", r.name());
      check.put("status", r.status().name().toLowerCase(Locale.ROOT));
      check.put("durationMillis", r.duration().toMillis());
      if (!r.message().isEmpty()) {
        check.put("message", r.message());
      }
      ArrayNode answers = check.putArray("answers");
      for (Observation o : r.observations()) {
        ObjectNode answer = answers.addObject();
        answer.put("label", o.label());
        answer.put("request", o.request());
        answer.put("httpStatus", o.httpStatus());
        answer.put("code", o.code());
        if (!o.sCode().isEmpty()) {
          answer.put("sCode", o.sCode());
        }
        answer.put("dataItems", o.dataItems());
        ObjectNode fields = answer.putObject("fieldTypes");
        o.fieldTypes().forEach(fields::put);
        if (!o.diagnosis().isEmpty()) {
          answer.put("diagnosis", o.diagnosis());
        }
      }
    }
    if (report.compared()) {
      ArrayNode drift = root.putArray("drift");
      for (Drift d : report.drifts()) {
        ObjectNode row = drift.addObject();
        row.put("check", d.check());
        row.put("request", d.request());
        row.put("aspect", d.aspect());
        row.put("target", d.target());
        row.put("simulator", d.simulator());
      }
    }
    return root;
  }
}
