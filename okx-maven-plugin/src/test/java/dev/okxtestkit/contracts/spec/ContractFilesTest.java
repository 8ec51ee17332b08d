package dev.okxtestkit.contracts.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okxtestkit.contracts.check.Check;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractFilesTest {

  @TempDir Path dir;

  @Test
  void noDirectoryMeansNoContracts() {
    assertThat(ContractFiles.load(dir.resolve("absent"))).isEmpty();
  }

  @Test
  void everyJsonFileUnderTheDirectoryInPathOrderGroupedByFile() throws IOException {
    write("orders/place.json", """
        {"request": {"method": "POST", "path": "/api/v5/trade/order", "body": {"instId": "BTC-USDT"}},
         "expect": {"code": "1"}}""");
    write("balance.json", """
        [{"name": "usdt", "request": {"method": "GET", "path": "/api/v5/account/balance"}, "expect": {}}]""");
    write("notes.txt", "ignored");

    List<Check> checks = ContractFiles.load(dir);

    assertThat(checks).extracting(c -> c.group() + "/" + c.name())
        .containsExactly("contracts.balance/usdt", "contracts.orders.place/place");
  }

  @Test
  void problemsOfAllFilesComeTogetherWithTheirFileNames() throws IOException {
    write("a.json", "{ not json");
    write("b.json", "{\"request\": {\"method\": \"GET\", \"path\": \"/api/v5/public/time\"}}");

    assertThatThrownBy(() -> ContractFiles.load(dir))
        .isInstanceOf(ContractFileException.class)
        .hasMessageContaining("okx-contract.schema.json")
        .hasMessageContaining(dir.resolve("a.json") + ": not JSON")
        .hasMessageContaining(dir.resolve("b.json") + ": $.expect: required");
  }

  private void write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
