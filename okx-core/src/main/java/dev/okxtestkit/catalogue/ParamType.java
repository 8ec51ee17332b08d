package dev.okxtestkit.catalogue;

/** How the simulator checks a parameter's value. OKX sends and expects numbers as strings. */
public enum ParamType {
  /** Any non-empty text. */
  STRING,
  /** A decimal number greater than zero, e.g. {@code sz}, {@code px}. */
  POSITIVE_DECIMAL,
  /** An algo order's order price: a decimal greater than zero, or {@code -1} for a market order. */
  ORDER_PRICE,
  /** A whole number of at least zero, e.g. {@code limit}, epoch-millisecond cursors. */
  INTEGER,
  /** {@code true} or {@code false}, as a JSON boolean or a string. */
  BOOLEAN,
  /** One of {@link ParamSpec#values()}. */
  ENUM,
  /** One or more of {@link ParamSpec#values()}, comma-separated. */
  ENUM_LIST,
  /** A JSON array or object (e.g. {@code attachAlgoOrds}); accepted as is. */
  JSON
}
