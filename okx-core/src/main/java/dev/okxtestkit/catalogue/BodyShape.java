package dev.okxtestkit.catalogue;

/** Where an endpoint's parameters come from. */
public enum BodyShape {
  /** GET: the query string. */
  QUERY,
  /** POST: one JSON object. */
  OBJECT,
  /** POST: a JSON array of objects, each checked against the parameters (batch endpoints). */
  ARRAY
}
