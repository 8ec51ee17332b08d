/**
 * JUnit Jupiter extension for the OKX simulator: {@link dev.okxtestkit.junit.OkxSimulator} on a test
 * class, or a {@code @RegisterExtension} {@link dev.okxtestkit.junit.OkxSimulatorExtension}.
 *
 * <h2>Lifecycle</h2>
 * One simulator per JVM (one per fixed port), started when a test first needs it and stopped when
 * the run ends, through JUnit's root store. Each test method gets a fresh API key and with it an
 * account of its own; static fields and {@code @BeforeAll} parameters get one key per class. Keys and
 * their accounts are dropped when their test (or class) ends, so long runs do not pile them up.
 *
 * <h2>Parallel execution</h2>
 * Safe with {@code junit.jupiter.execution.parallel.enabled=true}, classes and methods concurrent:
 * keys and accounts are per test, and the extension keeps no state outside JUnit's stores. What is
 * shared by every test is marked as such:
 * <ul>
 *   <li>the clock ({@link dev.okxtestkit.junit.OkxSimulatorHandle#fixClock} and friends): hold
 *       {@code @ResourceLock(OkxSimulatorHandle.CLOCK_LOCK)} in tests that change it, and
 *       {@code @ResourceLock(value = OkxSimulatorHandle.CLOCK_LOCK, mode = READ)} in tests that must
 *       not see a changed clock;
 *   <li>{@code exportSystemProperties}: hold {@code @ResourceLock(Resources.SYSTEM_PROPERTIES)};
 *   <li>WireMock stubs added through {@link dev.okxtestkit.junit.OkxSimulatorHandle#wireMock()}.
 * </ul>
 *
 * <h2>Auth failures</h2>
 * After each test, requests with the test's key that the simulator refused fail the test with their
 * OKX code and diagnosis ({@link dev.okxtestkit.junit.OkxAuthFailuresError}), also when the code under
 * test swallowed the error. Failures of the class key fail the class after its last test. A request
 * with a key the simulator never issued cannot be told apart from another test's, so it is not
 * reported.
 */
package dev.okxtestkit.junit;
