package dev.okxtestkit.control.wire;

/** {@code POST /__admin/okx/rate-limits}: {@code {"enabled":true}}. */
public record RateLimitsBody(Boolean enabled) {}
