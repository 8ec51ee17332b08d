package dev.okxtestkit.catalogue;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The README's endpoint table, generated from the catalogue; a test keeps the README equal to it.
 * Run {@code main} to print it after changing the catalogue.
 */
public final class EndpointTable {

  private EndpointTable() {}

  public static String markdown(List<EndpointSpec> endpoints) {
    StringBuilder sb = new StringBuilder();
    sb.append("| Method | Path | Access | Rate limit | Parameters (* = required) |\n");
    sb.append("|---|---|---|---|---|\n");
    for (EndpointSpec e : endpoints) {
      sb.append("| ").append(e.method())
          .append(" | `").append(e.path()).append('`')
          .append(" | ").append(e.permission().map(p -> p.okxName()).orElse("public"))
          .append(" | ").append(e.rateLimit().describe())
          .append(" | ").append(e.params().isEmpty() ? "—"
              : e.params().stream().map(ParamSpec::describe).collect(Collectors.joining(", ")))
          .append(e.shape() == BodyShape.ARRAY ? " (array of up to " + e.maxItems() + ")" : "")
          .append(" |\n");
    }
    return sb.toString();
  }

  public static void main(String[] args) {
    System.out.print(markdown(OkxApi.endpoints()));
  }
}
