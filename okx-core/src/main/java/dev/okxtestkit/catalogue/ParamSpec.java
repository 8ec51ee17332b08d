package dev.okxtestkit.catalogue;

import java.util.List;

/**
 * One request parameter of an endpoint.
 *
 * @param name as OKX spells it, e.g. {@code instId}
 * @param type how the value is checked
 * @param required whether OKX answers 50014 when it is missing (empty counts as missing, as on OKX)
 * @param values allowed values of {@link ParamType#ENUM} and {@link ParamType#ENUM_LIST}
 */
public record ParamSpec(String name, ParamType type, boolean required, List<String> values) {

  public ParamSpec {
    values = List.copyOf(values);
  }

  public static ParamSpec required(String name) {
    return new ParamSpec(name, ParamType.STRING, true, List.of());
  }

  public static ParamSpec optional(String name) {
    return new ParamSpec(name, ParamType.STRING, false, List.of());
  }

  public static ParamSpec required(String name, ParamType type) {
    return new ParamSpec(name, type, true, List.of());
  }

  public static ParamSpec optional(String name, ParamType type) {
    return new ParamSpec(name, type, false, List.of());
  }

  public static ParamSpec requiredEnum(String name, String... values) {
    return new ParamSpec(name, ParamType.ENUM, true, List.of(values));
  }

  public static ParamSpec optionalEnum(String name, String... values) {
    return new ParamSpec(name, ParamType.ENUM, false, List.of(values));
  }

  public static ParamSpec requiredEnumList(String name, String... values) {
    return new ParamSpec(name, ParamType.ENUM_LIST, true, List.of(values));
  }

  public static ParamSpec optionalEnumList(String name, String... values) {
    return new ParamSpec(name, ParamType.ENUM_LIST, false, List.of(values));
  }

  /** For the README: {@code instId*}, {@code ordType*=market|limit}. */
  public String describe() {
    String text = name + (required ? "*" : "");
    return switch (type) {
      case ENUM, ENUM_LIST -> text + "=" + String.join("\\|", values);
      default -> text;
    };
  }
}
