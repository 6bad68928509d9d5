package paperkg.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import paperkg.neo4j.CypherRunner;
import paperkg.neo4j.GraphStore;
import paperkg.rdf.OntologyMapping;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = "Counts per label and relationship type, and the last import runs.")
final class StatsCommand implements Callable<Integer> {
  private static final String COUNTS =
      "CALL db.labels() YIELD label "
          + "CALL { WITH label MATCH (n) WHERE label IN labels(n) RETURN count(n) AS c } "
          + "RETURN 'node' AS kind, label AS name, c AS count "
          + "UNION ALL "
          + "CALL db.relationshipTypes() YIELD relationshipType AS type "
          + "CALL { WITH type MATCH ()-[r]->() WHERE type(r) = type RETURN count(r) AS c } "
          + "RETURN 'relationship' AS kind, type AS name, c AS count";
  private static final String RUNS =
      "MATCH (r:ImportRun) WITH r ORDER BY r.startedAt DESC LIMIT 5 "
          + "RETURN 'import run' AS kind, r.source + ' (' + coalesce('finished ' + toString(r.finishedAt), 'unfinished') + ')' AS name, "
          + "COUNT { (r)<-[:IMPORTED_IN]-(:Paper) } AS count";

  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table | json | csv (default: ${DEFAULT-VALUE}).")
  ResultTable.Format format;

  @Override
  public Integer call() {
    try (GraphStore graph = store.openForReading()) {
      CypherRunner runner = new CypherRunner(graph);
      var counts = runner.run(COUNTS, Map.of(), 0);
      List<List<Object>> rows = withZeroCounts(counts.rows());
      rows.addAll(runner.run(RUNS, Map.of(), 0).rows());
      new ResultTable(counts.columns(), rows).print(format, spec.commandLine().getOut());
    }
    return 0;
  }

  /**
   * Every label and relationship type of the ontology gets a row, 0 when the store has none (after
   * the counted ones, sorted): an empty store shows zero counts, not "(0 rows)". Names outside the
   * ontology keep their rows.
   */
  static List<List<Object>> withZeroCounts(List<List<Object>> counted) {
    OntologyMapping mapping = OntologyMapping.standard();
    Map<String, List<String>> known =
        Map.of(
            "node",
                mapping.labels().stream()
                    .map(OntologyMapping.LabelMapping::label)
                    .sorted()
                    .toList(),
            "relationship", mapping.relationshipTypes().stream().sorted().toList());
    List<List<Object>> rows = new ArrayList<>();
    for (String kind : List.of("node", "relationship")) {
      Set<Object> seen = new HashSet<>();
      for (List<Object> row : counted) {
        if (row.get(0).equals(kind)) {
          rows.add(row);
          seen.add(row.get(1));
        }
      }
      known.get(kind).stream()
          .filter(name -> !seen.contains(name))
          .forEach(name -> rows.add(List.of(kind, name, 0L)));
    }
    return rows;
  }
}
