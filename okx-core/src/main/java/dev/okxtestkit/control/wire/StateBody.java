package dev.okxtestkit.control.wire;

/** {@code POST /__admin/okx/markets/{instId}/state}: {@code {"state":"suspend"}}. */
public record StateBody(String state) {}
