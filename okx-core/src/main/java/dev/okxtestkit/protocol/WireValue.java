package dev.okxtestkit.protocol;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** An enum constant with the exact string OKX sends and accepts for it on the wire. */
public interface WireValue {

  /** The value as OKX writes it, e.g. {@code "buy"} or {@code "post_only"}; also its JSON form. */
  @JsonValue
  String wire();

  /** The constant of {@code type} whose wire value is exactly {@code wire} (case-sensitive, as OKX). */
  static <E extends Enum<E> & WireValue> Optional<E> parse(Class<E> type, String wire) {
    for (E constant : type.getEnumConstants()) {
      if (constant.wire().equals(wire)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }
}
