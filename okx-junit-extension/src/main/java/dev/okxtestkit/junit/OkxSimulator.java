package dev.okxtestkit.junit;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.okxtestkit.signing.Environment;
import dev.okxtestkit.signing.Permission;
import java.lang.annotation.Documented;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test class (or method) against the OKX simulator: one simulator per JVM, started on first
 * use and stopped when the test run ends, and a fresh API key with its own account for every test.
 *
 * <pre>{@code
 * @OkxSimulator(balances = "USDT=1000")
 * class BalanceTest {
 *   @Test
 *   void readsBalance(@OkxBaseUrl String baseUrl, OkxCredentials key) {
 *     var client = new MyOkxClient(baseUrl, key.apiKey(), key.secretKey(), key.passphrase());
 *     assertThat(client.available("USDT")).isEqualByComparingTo("1000");
 *   }
 * }
 * }</pre>
 *
 * <p>Injected into parameters, and into fields (static and instance) that carry the annotation named:
 * {@link dev.okxtestkit.signing.OkxCredentials} ({@link OkxInject} on fields), {@link
 * OkxSimulatorHandle} ({@link OkxInject} on fields), and {@code String}s qualified with {@link
 * OkxApiKey}, {@link OkxSecretKey}, {@link OkxPassphrase}, {@link OkxBaseUrl} (also {@code URI}).
 * Instance fields, test and lifecycle-method parameters get the key of the test method; static fields
 * and {@code @BeforeAll} parameters get one key for the class.
 *
 * <p>The closest annotation applies as a whole: one on a method replaces the class's, attributes are
 * not merged. Use either this annotation or a {@code @RegisterExtension} {@link
 * OkxSimulatorExtension} built with {@link OkxSimulatorExtension#builder()}, not both: the extension
 * reports the mix as an error rather than guess which configuration wins.
 */
@Target({TYPE, METHOD})
@Retention(RUNTIME)
@Documented
@Inherited
@ExtendWith(OkxSimulatorExtension.class)
public @interface OkxSimulator {

  /** What the test keys may do; {@code READ_ONLY} is always included, as on OKX. */
  Permission[] permissions() default {Permission.READ_ONLY, Permission.TRADE};

  /**
   * Demo-trading keys (the default) need {@code x-simulated-trading: 1} on every request, as OKX's
   * demo trading does; live keys must not send it.
   */
  Environment environment() default Environment.DEMO;

  /**
   * What each test key's account starts with, as {@code CURRENCY=AMOUNT} (e.g. {@code "USDT=1000"}),
   * replacing the default account (10000 USDT, 1 BTC, 10 ETH). Empty: the default account.
   */
  String[] balances() default {};

  /**
   * Port of the simulator; 0 (the default) shares one simulator on a free port. A fixed port gets a
   * simulator of its own, shared by every test that asks for that port.
   */
  int port() default 0;

  /**
   * Fails a test whose key the simulator refused (bad signature, expired timestamp, ...) with the
   * failures and their diagnosis, even when the code under test swallowed the error response.
   */
  boolean failOnAuthErrors() default true;

  /**
   * Sets the system properties {@code okx.base-url}, {@code okx.api-key}, {@code okx.secret-key} and
   * {@code okx.passphrase} to the class's key before the class's tests and restores them afterwards,
   * for frameworks that read configuration from system properties. System properties are global to
   * the JVM: add {@code @ResourceLock(Resources.SYSTEM_PROPERTIES)} to the class when tests run in
   * parallel. Class level only.
   */
  boolean exportSystemProperties() default false;
}
