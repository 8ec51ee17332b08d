package dev.okxtestkit.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okxtestkit.endpoints.Routes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReadmeEndpointTableTest {

  @Test
  void readmeListsExactlyTheCatalogue() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    String table = readme.substring(
        readme.indexOf("<!-- endpoint-table:start -->") + "<!-- endpoint-table:start -->".length(),
        readme.indexOf("<!-- endpoint-table:end -->")).strip();

    assertThat(table)
        .as("README endpoint table; regenerate with dev.okxtestkit.catalogue.EndpointTable#main")
        .isEqualTo(EndpointTable.markdown(OkxApi.endpoints()).strip());
  }

  @Test
  void everyPathIsUnderApiV5AndEveryPrivateEndpointNeedsAPermission() {
    for (EndpointSpec spec : OkxApi.endpoints()) {
      assertThat(spec.path()).startsWith("/api/v5/");
      assertThat(spec.isPublic()).as(spec.path()).isEqualTo(!Routes.isPrivatePath(spec.path()));
    }
  }
}
