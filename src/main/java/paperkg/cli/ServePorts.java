package paperkg.cli;

import java.util.List;
import picocli.CommandLine.Option;

/**
 * The three ports {@code serve} listens on; {@code start} takes the same options and passes them
 * on.
 */
final class ServePorts {
  @Option(
      names = "--bolt-port",
      defaultValue = "7687",
      description = "Bolt port (default: ${DEFAULT-VALUE}; 0 = any free).")
  int bolt;

  @Option(
      names = "--http-port",
      defaultValue = "7474",
      description = "Neo4j Browser port (default: ${DEFAULT-VALUE}; 0 = any free).")
  int http;

  @Option(
      names = "--sparql-port",
      defaultValue = "3030",
      description = "SPARQL endpoint port (default: ${DEFAULT-VALUE}; 0 = any free).")
  int sparql;

  /** The options as a detached {@code serve} takes them. */
  List<String> arguments() {
    return List.of(
        "--bolt-port", "" + bolt, "--http-port", "" + http, "--sparql-port", "" + sparql);
  }
}
