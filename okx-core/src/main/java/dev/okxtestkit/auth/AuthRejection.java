package dev.okxtestkit.auth;

import dev.okxtestkit.protocol.OkxError;

/** The gate's answer to a request that failed a check: OKX's error and the simulator's diagnosis. */
public record AuthRejection(OkxError error, Diagnosis diagnosis) {}
