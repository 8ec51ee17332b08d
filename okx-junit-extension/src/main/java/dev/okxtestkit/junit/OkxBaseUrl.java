package dev.okxtestkit.junit;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Injects the simulator's base URL, {@code http://127.0.0.1:PORT} (to use in place of {@code
 * https://www.okx.com}), into a {@code String} or {@code java.net.URI} parameter or field of an {@link
 * OkxSimulator} test.
 */
@Target({PARAMETER, FIELD})
@Retention(RUNTIME)
@Documented
public @interface OkxBaseUrl {}
