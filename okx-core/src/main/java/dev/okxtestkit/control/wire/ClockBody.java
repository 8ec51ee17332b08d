package dev.okxtestkit.control.wire;

/**
 * {@code POST /__admin/okx/clock}: exactly one of {@code {"fixed":"2026-01-01T00:00:00.000Z"}},
 * {@code {"offsetMillis":-45000}}, {@code {"advanceMillis":31000}}, {@code {"system":true}}.
 */
public record ClockBody(String fixed, Long offsetMillis, Long advanceMillis, Boolean system) {}
