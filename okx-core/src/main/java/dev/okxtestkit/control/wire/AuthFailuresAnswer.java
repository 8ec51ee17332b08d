package dev.okxtestkit.control.wire;

import dev.okxtestkit.auth.AuthFailure;
import dev.okxtestkit.auth.Diagnosis;
import dev.okxtestkit.signing.OkxTimestamps;
import java.util.List;

/** {@code GET /__admin/okx/auth-failures}: what the gate refused, oldest first. */
public record AuthFailuresAnswer(List<Row> authFailures) {

  public static AuthFailuresAnswer of(List<AuthFailure> failures) {
    return new AuthFailuresAnswer(failures.stream().map(f -> new Row(OkxTimestamps.format(f.at()), f.method(),
        f.target(), f.apiKey(), f.code(), f.message(), f.httpStatus(),
        new DiagnosisRow(f.diagnosis().id(), f.diagnosis().message()))).toList());
  }

  public List<AuthFailure> toFailures() {
    return authFailures.stream().map(r -> new AuthFailure(OkxTimestamps.parse(r.at()).orElseThrow(), r.method(), r.target(),
        r.apiKey(), r.code(), r.msg(), r.httpStatus(), new Diagnosis(r.diagnosis().id(), r.diagnosis().message())))
        .toList();
  }

  /** One refused request. */
  public record Row(String at, String method, String target, String apiKey, String code, String msg,
      int httpStatus, DiagnosisRow diagnosis) {}

  /** Why it was refused. */
  public record DiagnosisRow(String id, String message) {}
}
