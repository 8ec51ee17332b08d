package dev.okxtestkit.junit;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Injects the simulator's WebSocket base URL, {@code ws://127.0.0.1:PORT/ws/v5/} (to use in place of
 * {@code wss://wspap.okx.com:8443/ws/v5/}; append {@code public}, {@code private} or {@code business}),
 * into a {@code String} or {@code java.net.URI} parameter or field of an {@link OkxSimulator} test.
 */
@Target({PARAMETER, FIELD})
@Retention(RUNTIME)
@Documented
public @interface OkxWsUrl {}
