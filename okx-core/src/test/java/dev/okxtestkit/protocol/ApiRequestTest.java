package dev.okxtestkit.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiRequestTest {

  @Test
  void toStringMasksThePassphraseAndTheSignatureWhateverTheirCase() {
    ApiRequest request = new ApiRequest("GET", "/api/v5/account/balance", "", Map.of(
        "OK-ACCESS-KEY", "the-key",
        "ok-access-passphrase", "my-secret-passphrase",
        "OK-ACCESS-SIGN", "AkD5YszBhggtIyjDlmTy/9PpNVntel+1Lff8wh0qpQw="), "127.0.0.1");

    assertThat(request.toString())
        .doesNotContain("my-secret-passphrase")
        .doesNotContain("AkD5YszBhggtIyjDlmTy")
        .contains("ok-access-passphrase=****", "OK-ACCESS-SIGN=****", "OK-ACCESS-KEY=the-key",
            "GET", "/api/v5/account/balance", "127.0.0.1");
  }

  @Test
  void toStringCutsALongBody() {
    ApiRequest request = new ApiRequest("POST", "/api/v5/trade/order", "x".repeat(100_000), Map.of(), "127.0.0.1");

    assertThat(request.toString()).hasSizeLessThan(2_000).contains("...(100000 chars)");
  }
}
