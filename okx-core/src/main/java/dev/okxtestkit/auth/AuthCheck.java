package dev.okxtestkit.auth;

import dev.okxtestkit.protocol.OkxErrors;
import dev.okxtestkit.signing.Environment;
import dev.okxtestkit.signing.OkxCredentials;
import dev.okxtestkit.signing.OkxHeaders;
import dev.okxtestkit.signing.OkxSigner;
import dev.okxtestkit.signing.OkxTimestamps;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One check of the authentication gate. OKX does not document the order of its checks;
 * {@link #OKX_ORDER} is the order inferred from observed responses (OKX documents each code, https://www.okx.com/docs-v5/en/#error-code-rest-api-public, but not the order in which it checks) and the only place
 * that order is written down.
 */
public enum AuthCheck {
  /** 50103, 50104, 50106, 50107: the four OK-ACCESS-* headers are present (numeric order). */
  HEADERS_PRESENT {
    @Override
    Optional<AuthRejection> check(AuthContext ctx) {
      if (blank(ctx.header(OkxHeaders.ACCESS_KEY))) {
        return reject(OkxErrors.KEY_MISSING, "missing-header", "The OK-ACCESS-KEY header is missing or empty.");
      }
      if (blank(ctx.header(OkxHeaders.ACCESS_PASSPHRASE))) {
        return reject(OkxErrors.PASSPHRASE_MISSING, "missing-header",
            "The OK-ACCESS-PASSPHRASE header is missing or empty.");
      }
      if (blank(ctx.header(OkxHeaders.ACCESS_SIGN))) {
        return reject(OkxErrors.SIGN_MISSING, "missing-header", "The OK-ACCESS-SIGN header is missing or empty.");
      }
      if (blank(ctx.header(OkxHeaders.ACCESS_TIMESTAMP))) {
        return reject(OkxErrors.TIMESTAMP_MISSING, "missing-header",
            "The OK-ACCESS-TIMESTAMP header is missing or empty.");
      }
      return PASS;
    }
  },
  /** 50111: OK-ACCESS-KEY names a key the simulator knows. */
  KNOWN_KEY {
    @Override
    Optional<AuthRejection> check(AuthContext ctx) {
      Optional<OkxCredentials> key = ctx.store().find(ctx.header(OkxHeaders.ACCESS_KEY));
      if (key.isEmpty()) {
        return reject(OkxErrors.KEY_INVALID, "unknown-key",
            "No API key with this OK-ACCESS-KEY is registered with the simulator.");
      }
      ctx.credentials(key.get());
      return PASS;
    }
  },
  /** 50112: OK-ACCESS-TIMESTAMP is ISO-8601 UTC with milliseconds. */
  TIMESTAMP_FORMAT {
    @Override
    Optional<AuthRejection> check(AuthContext ctx) {
      String header = ctx.header(OkxHeaders.ACCESS_TIMESTAMP);
      Optional<Instant> instant = OkxTimestamps.parse(header);
      if (instant.isPresent()) {
        ctx.timestamp(instant.get());
        return PASS;
      }
      if (header.chars().allMatch(Character::isDigit)) {
        // OKX was observed to answer an epoch-number timestamp with 50102, not 50112.
        return reject(OkxErrors.TIMESTAMP_EXPIRED, "timestamp-epoch-millis",
            "OK-ACCESS-TIMESTAMP is an epoch number. REST requires ISO-8601 UTC with milliseconds,"
                + " e.g. 2020-12-08T09:08:57.715Z.");
      }
      return reject(OkxErrors.TIMESTAMP_INVALID, "timestamp-format",
          "OK-ACCESS-TIMESTAMP is not ISO-8601 UTC with exactly three fractional digits and 'Z',"
              + " e.g. 2020-12-08T09:08:57.715Z.");
    }
  },
  /** 50102: the timestamp is within ±30 s of the simulator clock. */
  TIMESTAMP_WINDOW {
    @Override
    Optional<AuthRejection> check(AuthContext ctx) {
      Duration skew = Duration.between(ctx.now(), ctx.timestamp());
      if (skew.abs().compareTo(WINDOW) <= 0) {
        return PASS;
      }
      String direction = skew.isNegative() ? "behind" : "ahead of";
      return reject(OkxErrors.TIMESTAMP_EXPIRED, "timestamp-expired",
          // Locale.ROOT: the same text (a '.' before the milliseconds) whatever the machine's locale.
          String.format(Locale.ROOT, "OK-ACCESS-TIMESTAMP is %.3f s %s the simulator clock (%s);"
                  + " OKX accepts 30 s."
                  + " Sync your clock with GET /api/v5/public/time.",
              skew.abs().toMillis() / 1000.0, direction, OkxTimestamps.format(ctx.now())));
    }
  },
  /** 50110: the caller's address is on the key's IP allow-list, if it has one. */
  IP_ALLOWED {
    @Override
    Optional<AuthRejection> check(AuthContext ctx) {
      List<String> allowed = ctx.credentials().allowedIps();
      if (allowed.isEmpty() || allowed.contains(ctx.request().clientIp())) {
        return PASS;
      }
      return reject(OkxErrors.ipNotAllowed(ctx.request().clientIp(), ctx.credentials().apiKey()),
          "ip-not-allowed", "The request came from " + ctx.request().clientIp()
              + ", which is not on the key's IP allow-list " + allowed + ".");
    }
  },
  /** 50101: demo keys send x-simulated-trading: 1, live keys do not. */
  ENVIRONMENT {
    @Override
    Optional<AuthRejection> check(AuthContext ctx) {
      boolean simulated = "1".equals(trim(ctx.header(OkxHeaders.SIMULATED_TRADING)));
      boolean demoKey = ctx.credentials().environment() == Environment.DEMO;
      if (simulated == demoKey) {
        return PASS;
      }
      return reject(OkxErrors.ENVIRONMENT_MISMATCH, "environment-mismatch", demoKey
          ? "This is a demo-trading key: send the header 'x-simulated-trading: 1' with every request."
          : "This is a live key but the request carries 'x-simulated-trading: 1' (demo trading).");
    }
  },
  /** 50105: OK-ACCESS-PASSPHRASE is the key's passphrase. */
  PASSPHRASE {
    @Override
    Optional<AuthRejection> check(AuthContext ctx) {
      if (equalBytes(ctx.header(OkxHeaders.ACCESS_PASSPHRASE), ctx.credentials().passphrase())) {
        return PASS;
      }
      return reject(OkxErrors.PASSPHRASE_INCORRECT, "wrong-passphrase",
          "OK-ACCESS-PASSPHRASE is not the passphrase of this key (it is sent in clear, not signed).");
    }
  },
  /** 50113: OK-ACCESS-SIGN is right; if not, the diagnostician says why. */
  SIGNATURE {
    @Override
    Optional<AuthRejection> check(AuthContext ctx) {
      OkxCredentials key = ctx.credentials();
      String expected = new OkxSigner().sign(ctx.header(OkxHeaders.ACCESS_TIMESTAMP), ctx.request().method(),
          ctx.request().target(), ctx.request().body(), key.secretKey());
      if (equalBytes(ctx.header(OkxHeaders.ACCESS_SIGN), expected)) {
        return PASS;
      }
      return Optional.of(new AuthRejection(OkxErrors.INVALID_SIGN, ctx.diagnoseSignature()));
    }
  },
  /** 50120: the key has the permission the endpoint needs. */
  PERMISSION {
    @Override
    Optional<AuthRejection> check(AuthContext ctx) {
      if (ctx.requiredPermission() == null || ctx.credentials().has(ctx.requiredPermission())) {
        return PASS;
      }
      return reject(OkxErrors.NO_PERMISSION, "missing-permission",
          "This endpoint needs the '" + ctx.requiredPermission().okxName() + "' permission; the key has "
              + ctx.credentials().permissions().stream().map(p -> p.okxName()).sorted().toList() + ".");
    }
  };

  /** The order the simulator checks in: inferred from OKX's answers to requests with several faults. */
  public static final List<AuthCheck> OKX_ORDER = List.of(
      HEADERS_PRESENT, KNOWN_KEY, TIMESTAMP_FORMAT, TIMESTAMP_WINDOW, IP_ALLOWED, ENVIRONMENT,
      PASSPHRASE, SIGNATURE, PERMISSION);

  /** OKX rejects timestamps more than 30 s from its clock, in both directions. */
  public static final Duration WINDOW = Duration.ofSeconds(30);

  private static final Optional<AuthRejection> PASS = Optional.empty();

  abstract Optional<AuthRejection> check(AuthContext ctx);

  private static Optional<AuthRejection> reject(
      dev.okxtestkit.protocol.OkxError error, String id, String message) {
    return Optional.of(new AuthRejection(error, new Diagnosis(id, message)));
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static String trim(String value) {
    return value == null ? null : value.trim();
  }

  private static boolean equalBytes(String given, String expected) {
    return given != null
        && MessageDigest.isEqual(
            given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }
}
