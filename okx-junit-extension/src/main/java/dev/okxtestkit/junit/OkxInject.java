package dev.okxtestkit.junit;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks a field of type {@link dev.okxtestkit.signing.OkxCredentials} or {@link OkxSimulatorHandle}
 * for injection, like {@code @TempDir} does for paths: a field of those types without it is left
 * alone, as the test may set it itself. Parameters of those types need no annotation.
 */
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
@Documented
public @interface OkxInject {}
