package paperkg.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import paperkg.neo4j.CypherRunner;
import paperkg.neo4j.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = "Run Cypher against the graph.")
final class QueryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Parameters(paramLabel = "CYPHER", description = "The query, or @FILE to read it from a file.")
  String cypher;

  @Option(
      names = "--param",
      paramLabel = "KEY=VALUE",
      description =
          "A query parameter ($KEY); numbers and true/false are typed, the rest are strings; "
              + "quote a value to keep it a string: --param \"id='2501.00001'\".")
  Map<String, String> params = new LinkedHashMap<>();

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table | json | csv (default: ${DEFAULT-VALUE}).")
  ResultTable.Format format;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "0",
      description = "Abort the query after this many seconds (0: no limit).")
  long timeout;

  @Override
  public Integer call() {
    String text = CliFiles.textOrFile(cypher);
    try (GraphStore graph = store.openExisting()) {
      var result = new CypherRunner(graph).run(text, typed(params), timeout);
      new ResultTable(result.columns(), result.rows()).print(format, spec.commandLine().getOut());
      result.warnings().forEach(w -> spec.commandLine().getErr().println("paperkg: warning: " + w));
    }
    return 0;
  }

  /**
   * --param values: integers, decimals and booleans as such, anything else as a string. A value in
   * single quotes is always a string, for strings that look like numbers (arXiv ids such as
   * 2501.00001).
   */
  static Map<String, Object> typed(Map<String, String> raw) {
    Map<String, Object> typed = new LinkedHashMap<>();
    raw.forEach(
        (k, v) -> {
          if (v.length() >= 2 && v.startsWith("'") && v.endsWith("'")) {
            typed.put(k, v.substring(1, v.length() - 1));
          } else if (v.matches("-?\\d{1,18}")) {
            typed.put(k, Long.parseLong(v));
          } else if (v.matches("-?\\d+\\.\\d+")) {
            typed.put(k, Double.parseDouble(v));
          } else if (v.equals("true") || v.equals("false")) {
            typed.put(k, Boolean.parseBoolean(v));
          } else {
            typed.put(k, v);
          }
        });
    return typed;
  }
}
