package paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import paperkg.neo4j.CypherRunner;

/**
 * Every query of cypher/queries runs on the seed graph and returns rows (they are shown in the
 * README).
 */
class QueryLibraryIT {
  static Stream<Path> queries() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("cypher/queries"))) {
      return files.filter(f -> f.toString().endsWith(".cypher")).sorted().toList().stream();
    }
  }

  /** The "// params: k=v, k2=v2" header line of a query file. */
  static Map<String, String> params(String text) {
    Map<String, String> params = new LinkedHashMap<>();
    text.lines()
        .filter(l -> l.startsWith("// params:") && !l.contains("(none)"))
        .map(l -> l.substring("// params:".length()).strip())
        .flatMap(l -> Stream.of(l.split(",\\s*")))
        .forEach(
            kv -> params.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1)));
    return params;
  }

  @ParameterizedTest
  @MethodSource("queries")
  void returnsRowsOnTheSeedGraph(Path file) throws IOException {
    String text = Files.readString(file);
    var result = new CypherRunner(SeedGraph.get()).run(text, QueryCommand.typed(params(text)), 60);
    assertFalse(result.rows().isEmpty(), file + " returned no rows");
    // the library may use what the ontology declares and the example graph lacks (AUTHORED):
    // that is no misspelling to warn about
    assertTrue(result.warnings().isEmpty(), file + " warned " + result.warnings());
  }

  @Test
  void thereAreAtLeastEightQueries() throws IOException {
    assertTrue(queries().count() >= 8);
  }

  @Test
  void largeLanguageModelIsATopTopic() throws IOException {
    var result =
        new CypherRunner(SeedGraph.get())
            .run(Files.readString(Path.of("cypher/queries/top-topics.cypher")), Map.of(), 60);
    List<Object> top3 = result.rows().subList(0, 3).stream().map(r -> r.get(0)).toList();
    assertTrue(top3.contains("large language model"), top3.toString());
  }
}
