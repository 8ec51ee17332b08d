package dev.okxtestkit.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CredentialsGeneratorTest {

  @Test
  void makesKeysInOkxShapes() {
    OkxCredentials key = new CredentialsGenerator().next();

    assertThat(key.apiKey()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(key.secretKey()).matches("[0-9A-F]{32}");
    assertThat(key.passphrase()).matches("[A-Za-z0-9]{16}");
    assertThat(key.environment()).isEqualTo(Environment.DEMO);
    assertThat(key.permissions()).containsExactlyInAnyOrder(Permission.READ_ONLY, Permission.TRADE);
  }

  @Test
  void isReproducibleWithASeed() {
    assertThat(new CredentialsGenerator(new Random(7)).next())
        .isEqualTo(new CredentialsGenerator(new Random(7)).next());
  }

  @Test
  void toStringHidesSecretAndPassphrase() {
    OkxCredentials key = new CredentialsGenerator().next();

    assertThat(key.toString()).contains(key.apiKey())
        .doesNotContain(key.secretKey()).doesNotContain(key.passphrase());
  }

  @Test
  void everyKeyCanRead() {
    assertThat(OkxCredentials.of("k", "s", "p").withPermissions(java.util.Set.of()).permissions())
        .containsExactly(Permission.READ_ONLY);
  }
}
