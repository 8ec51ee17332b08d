package dev.okxtestkit.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okxtestkit.signing.Environment;
import dev.okxtestkit.signing.Permission;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StandaloneOptionsTest {

  @Test
  void defaultsToLoopbackDemoAndACappedJournal() {
    StandaloneOptions options = StandaloneOptions.parse();

    assertThat(options.port()).isEqualTo(StandaloneOptions.DEFAULT_PORT);
    assertThat(options.bindAddress()).isEqualTo("127.0.0.1");
    assertThat(options.environment()).isEqualTo(Environment.DEMO);
    assertThat(options.apiKey()).isEmpty();
    assertThat(options.requestJournalDisabled()).isFalse();
    assertThat(options.maxRequestBodyBytes()).isEqualTo(1024 * 1024);
    assertThat(options.trustForwardedFor()).isFalse();
  }

  @Test
  void readsEveryOption() {
    StandaloneOptions options = StandaloneOptions.parse("--port", "0", "--bind=0.0.0.0", "--api-key", "K",
        "--secret-key", "S", "--passphrase", "P", "--environment", "LIVE", "--permissions", "trade,withdraw",
        "--allowed-ips", "10.0.0.1, 10.0.0.2", "--balance", "usdt=5", "--max-request-journal-entries", "7",
        "--max-request-body-bytes", "4096", "--trust-forwarded-for");

    assertThat(options.port()).isZero();
    assertThat(options.bindAddress()).isEqualTo("0.0.0.0");
    assertThat(options.apiKey()).contains("K");
    assertThat(options.environment()).isEqualTo(Environment.LIVE);
    assertThat(options.permissions()).containsExactlyInAnyOrder(Permission.READ_ONLY, Permission.TRADE, Permission.WITHDRAW);
    assertThat(options.allowedIps()).containsExactly("10.0.0.1", "10.0.0.2");
    assertThat(options.balances()).containsEntry("USDT", new BigDecimal("5"));
    assertThat(options.maxRequestJournalEntries()).contains(7);
    assertThat(options.maxRequestBodyBytes()).isEqualTo(4096);
    assertThat(options.trustForwardedFor()).isTrue();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "--port 70000|--port must be a number from 0 to 65535, not '70000'",
      "--frobnicate|Unknown option: '--frobnicate'",
      "--api-key K|--api-key, --secret-key and --passphrase go together: give all three or none",
      "--environment prod|environment must be 'demo' or 'live', not 'prod'",
      "--permissions read,fly|permission must be one of read_only, trade, withdraw, not 'fly'",
      "--balance USDT|--balance: a balance must look like USDT=10000, not 'USDT'",
      "--balance USDT=-1|--balance: the amount of USDT must be a non-negative number, not '-1'",
      "--balance USDT=1,usdt=2|--balance: balances name USDT twice",
      "--max-request-journal-entries 0|--max-request-journal-entries must be a positive number, not '0'",
      "--max-request-journal-entries 3000000000|--max-request-journal-entries must be a positive number, not '3000000000'",
      "--max-request-body-bytes 0|--max-request-body-bytes must be a positive number, not '0'",
      "--max-request-body-bytes 1MB|--max-request-body-bytes must be a positive number, not '1MB'",
      "--no-request-journal --max-request-journal-entries 5|--no-request-journal and --max-request-journal-entries cannot be used together",
      "--port|Missing required parameter for option '--port' (N)"})
  void refusesBadArgumentsWithOneLine(String args, String message) {
    assertThatThrownBy(() -> StandaloneOptions.parse(args.split(" ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void readsEnvironmentVariablesForContainers() {
    StandaloneOptions options = StandaloneOptions.parse(java.util.Map.of(
        "OKX_PORT", "8080", "OKX_BIND", "0.0.0.0", "OKX_API_KEY", "K", "OKX_SECRET_KEY", "S",
        "OKX_PASSPHRASE", "P", "OKX_BALANCES", "USDT=1000, BTC=2", "OKX_NO_REQUEST_JOURNAL", "true",
        "OKX_MAX_REQUEST_BODY_BYTES", "2048", "OKX_TRUST_FORWARDED_FOR", "true"));

    assertThat(options.port()).isEqualTo(8080);
    assertThat(options.bindAddress()).isEqualTo("0.0.0.0");
    assertThat(options.secretKey()).contains("S");
    assertThat(options.balances()).containsEntry("USDT", new BigDecimal("1000")).containsEntry("BTC", new BigDecimal("2"));
    assertThat(options.requestJournalDisabled()).isTrue();
    assertThat(options.maxRequestBodyBytes()).isEqualTo(2048);
    assertThat(options.trustForwardedFor()).isTrue();
  }

  @Test
  void aFreeHttpPortBringsAFreeWebSocketPortUnlessOneIsGiven() {
    assertThat(StandaloneOptions.parse().webSocketPort()).isEqualTo(8090);
    assertThat(StandaloneOptions.parse("--port", "9000").webSocketPort()).isEqualTo(8090);
    assertThat(StandaloneOptions.parse("--port", "0").webSocketPort()).isZero();
    assertThat(StandaloneOptions.parse(java.util.Map.of("OKX_PORT", "0")).webSocketPort()).isZero();
    assertThat(StandaloneOptions.parse("--port", "0", "--ws-port", "9100").webSocketPort()).isEqualTo(9100);
    assertThat(StandaloneOptions.parse(java.util.Map.of("OKX_WS_PORT", "9101"), "--port", "0").webSocketPort())
        .isEqualTo(9101);
  }

  @Test
  void commandLineWinsOverEnvironmentVariables() {
    StandaloneOptions options = StandaloneOptions.parse(
        java.util.Map.of("OKX_PORT", "8080", "OKX_ENVIRONMENT", "live"), "--port", "0", "--environment=demo");

    assertThat(options.port()).isZero();
    assertThat(options.environment()).isEqualTo(Environment.DEMO);
  }

  @Test
  void everyOptionHasItsEnvironmentVariable() {
    StandaloneOptions options = StandaloneOptions.parse(java.util.Map.of(
        "OKX_RATE_LIMITS", "true", "OKX_ALLOWED_IPS", "10.0.0.9", "OKX_MAX_REQUEST_JOURNAL_ENTRIES", "12",
        "OKX_PERMISSIONS", "read_only"));

    assertThat(options.rateLimits()).isTrue();
    assertThat(options.allowedIps()).containsExactly("10.0.0.9");
    assertThat(options.maxRequestJournalEntries()).contains(12);
    assertThat(options.permissions()).containsExactly(Permission.READ_ONLY);
    assertThat(EnvironmentDefaults.variableFor("--max-request-body-bytes")).isEqualTo("OKX_MAX_REQUEST_BODY_BYTES");
    assertThat(EnvironmentDefaults.variableFor("--balance")).isEqualTo("OKX_BALANCES");
  }

  @Test
  void usageListsEveryOptionAndTheEnvironmentRule() {
    assertThat(StandaloneOptions.usage())
        .contains("--port=N", "--bind=ADDRESS", "--balance=CCY=AMOUNT", "--trust-forwarded-for", "--help")
        .contains("OKX_PORT", "OKX_BALANCES");
  }
}
