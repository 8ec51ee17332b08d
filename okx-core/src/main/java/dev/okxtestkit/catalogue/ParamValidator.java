package dev.okxtestkit.catalogue;

import dev.okxtestkit.protocol.OkxError;
import dev.okxtestkit.protocol.OkxErrors;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks parameters against an endpoint's {@link ParamSpec}s with OKX's codes: 50014 and 51000. */
public final class ParamValidator {

  private static final Pattern DECIMAL = Pattern.compile("\\d{1,30}(\\.\\d{1,30})?");
  /** At most 18 digits, so every accepted value fits a {@code long}: handlers parse without overflow. */
  private static final Pattern INTEGER_TEXT = Pattern.compile("\\d{1,18}");

  private ParamValidator() {}

  /** The first problem, in declaration order, or empty when every parameter is acceptable. */
  public static Optional<OkxError> validate(EndpointSpec spec, Params params) {
    for (ParamSpec param : spec.params()) {
      Optional<String> value = params.get(param.name());
      if (value.isEmpty()) {
        if (param.required()) {
          return Optional.of(OkxErrors.parameterEmpty(param.name()));
        }
        continue;
      }
      if (!valid(param, value.get())) {
        return Optional.of(OkxErrors.parameterError(param.name()));
      }
    }
    return Optional.empty();
  }

  private static boolean valid(ParamSpec param, String value) {
    return switch (param.type()) {
      case STRING, JSON -> true;
      case POSITIVE_DECIMAL -> DECIMAL.matcher(value).matches() && new BigDecimal(value).signum() > 0;
      case ORDER_PRICE -> value.equals("-1")
          || DECIMAL.matcher(value).matches() && new BigDecimal(value).signum() > 0;
      case INTEGER -> INTEGER_TEXT.matcher(value).matches();
      case BOOLEAN -> value.equals("true") || value.equals("false");
      case ENUM -> param.values().contains(value);
      case ENUM_LIST -> {
        for (String item : value.split(",")) {
          if (!param.values().contains(item.trim())) {
            yield false;
          }
        }
        yield true;
      }
    };
  }
}
