package dev.okxtestkit.standalone;

import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Option defaults from environment variables, for containers: {@code --max-request-body-bytes} reads
 * {@code OKX_MAX_REQUEST_BODY_BYTES}, and {@code --balance} reads {@code OKX_BALANCES}. One rule for every
 * option, so a new option gets its variable without a list to keep in step. The command line wins, as
 * picocli uses a default only for an option not given.
 */
final class EnvironmentDefaults implements IDefaultValueProvider {

  private final Map<String, String> environment;

  EnvironmentDefaults(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  static String variableFor(String longOption) {
    String name = longOption.replaceFirst("^--", "").replace('-', '_').toUpperCase(Locale.ROOT);
    return "OKX_" + (name.equals("BALANCE") ? "BALANCES" : name);
  }

  @Override
  public String defaultValue(ArgSpec argument) {
    if (!(argument instanceof OptionSpec option) || option.usageHelp()) {
      return null;
    }
    String value = environment.get(variableFor(option.longestName()));
    if (value == null || value.isBlank()) {
      return option.defaultValue();
    }
    return value.trim();
  }
}
