package dev.okxtestkit.junit;

import dev.okxtestkit.exchange.Balances;
import dev.okxtestkit.signing.Environment;
import dev.okxtestkit.signing.Permission;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a test asked for, from {@link OkxSimulator} or {@link OkxSimulatorExtension.Builder}.
 *
 * @param permissions of the test keys; always with {@code READ_ONLY}
 * @param environment of the test keys
 * @param balances what each test key's account starts with; empty for the simulator's default
 * @param port 0 for the shared simulator on a free port, else a fixed port
 * @param failOnAuthErrors whether auth failures of a test's key fail the test
 * @param exportSystemProperties whether the class key goes into {@code okx.*} system properties
 */
record SimulatorSettings(
    Set<Permission> permissions,
    Environment environment,
    Map<String, BigDecimal> balances,
    int port,
    boolean failOnAuthErrors,
    boolean exportSystemProperties) {

  static final SimulatorSettings DEFAULTS = new SimulatorSettings(
      EnumSet.of(Permission.READ_ONLY, Permission.TRADE), Environment.DEMO, Map.of(), 0, true, false);

  SimulatorSettings {
    EnumSet<Permission> perms = EnumSet.of(Permission.READ_ONLY);
    perms.addAll(permissions);
    permissions = Set.copyOf(perms);
    balances = Map.copyOf(balances);
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
    }
  }

  /**
   * The settings of an annotation.
   *
   * @throws IllegalArgumentException naming the attribute that is wrong
   */
  static SimulatorSettings of(OkxSimulator annotation) {
    return new SimulatorSettings(
        permissionSet(annotation.permissions()),
        annotation.environment(),
        parseBalances(List.of(annotation.balances())),
        annotation.port(),
        annotation.failOnAuthErrors(),
        annotation.exportSystemProperties());
  }

  static Set<Permission> permissionSet(Permission... permissions) {
    EnumSet<Permission> set = EnumSet.noneOf(Permission.class);
    set.addAll(List.of(permissions));
    return set;
  }

  /** {@code ["USDT=1000", "BTC=0.5"]} as amounts by currency, in the order given. */
  static Map<String, BigDecimal> parseBalances(List<String> entries) {
    try {
      return Balances.parse(entries);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("balances: " + e.getMessage(), e);
    }
  }

  SimulatorSettings withPermissions(Set<Permission> newPermissions) {
    return new SimulatorSettings(
        newPermissions, environment, balances, port, failOnAuthErrors, exportSystemProperties);
  }

  SimulatorSettings withEnvironment(Environment newEnvironment) {
    return new SimulatorSettings(
        permissions, newEnvironment, balances, port, failOnAuthErrors, exportSystemProperties);
  }

  SimulatorSettings withBalances(Map<String, BigDecimal> newBalances) {
    return new SimulatorSettings(
        permissions, environment, newBalances, port, failOnAuthErrors, exportSystemProperties);
  }

  SimulatorSettings withPort(int newPort) {
    return new SimulatorSettings(
        permissions, environment, balances, newPort, failOnAuthErrors, exportSystemProperties);
  }

  SimulatorSettings withFailOnAuthErrors(boolean fail) {
    return new SimulatorSettings(permissions, environment, balances, port, fail, exportSystemProperties);
  }

  SimulatorSettings withExportSystemProperties(boolean export) {
    return new SimulatorSettings(permissions, environment, balances, port, failOnAuthErrors, export);
  }
}
