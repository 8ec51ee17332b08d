package dev.okxtestkit.junit;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Injects the test's passphrase (the {@code OK-ACCESS-PASSPHRASE} header value) into a {@code String}
 * parameter or field of an {@link OkxSimulator} test.
 */
@Target({PARAMETER, FIELD})
@Retention(RUNTIME)
@Documented
public @interface OkxPassphrase {}
