package paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * `bench` on 20 real corpus papers prints one valid JSON object whose figures agree with each
 * other. No timing thresholds: the machine decides those; this checks the bench measures what it
 * says.
 */
class BenchIT {
  private static final Path CORPUS =
      Path.of("src/test/resources/data/hf_daily_papers_corpus/hf_daily_papers_corpus-sample.jsonl");
  private static final List<String> FIELDS =
      List.of(
          "papers",
          "tokens",
          "pipeline_load_seconds",
          "bare_corenlp_seconds",
          "extract_seconds",
          "rdf_seconds",
          "load_seconds",
          "import_seconds",
          "overhead_ratio",
          "papers_per_second",
          "tokens_per_second",
          "relationships_per_second",
          "peak_rss_mb",
          "warm_up_papers",
          "warm_up_rounds",
          "load_rows_seconds",
          "load_rows_relationships_per_second",
          "bulk_load_seconds",
          "bulk_index_seconds",
          "bulk_load_relationships_per_second",
          "import_jit_cpu_seconds",
          "bare_corenlp_jit_cpu_seconds",
          "overhead_ratio_cpu_without_jit");

  @Test
  void benchPrintsConsistentJson() throws Exception {
    // When
    var run =
        SeedGraph.runCli(
            "bench", CORPUS.toString(), "--limit", "20", "--threads", "2", "--format", "json");

    // Then: one JSON object with every field of the issue
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertTrue(json.isObject(), run.out());
    for (String field : FIELDS) {
      assertTrue(
          json.hasNonNull(field) && json.get(field).isNumber(),
          () -> field + " missing in " + run.out());
    }
    // the same 20 papers went through every pass, and the import loaded them all
    assertEquals(20, json.get("papers").asInt());
    assertEquals(2, json.get("threads").asInt());
    assertTrue(json.get("tokens").asLong() > 20 * 50, "20 abstracts have more than 1,000 tokens");
    assertTrue(json.get("relationships").asLong() >= 20, "each paper has at least its IMPORTED_IN");
    // the derived figures are derived from the others
    double importSeconds = json.get("import_seconds").asDouble();
    double bare = json.get("bare_corenlp_seconds").asDouble();
    assertTrue(importSeconds > 0 && bare > 0);
    assertEquals(
        importSeconds / bare,
        json.get("overhead_ratio").asDouble(),
        0.01 * importSeconds / bare + 0.002);
    assertEquals(
        20 / importSeconds,
        json.get("papers_per_second").asDouble(),
        0.01 * 20 / importSeconds + 0.002);
    assertEquals(
        json.get("tokens").asDouble() / importSeconds,
        json.get("tokens_per_second").asDouble(),
        0.01 * json.get("tokens").asDouble() / importSeconds + 1);
    // a stage cannot take longer than the pipeline it runs in (RDF and Neo4j run on one thread
    // each)
    assertTrue(json.get("rdf_seconds").asDouble() <= importSeconds + 0.01);
    assertTrue(json.get("load_seconds").asDouble() <= importSeconds + 0.01);
    // the load from built rows wrote the same relationships again, into its own store
    assertEquals(
        json.get("relationships").asDouble() / json.get("load_rows_seconds").asDouble(),
        json.get("load_rows_relationships_per_second").asDouble(),
        0.01 * json.get("load_rows_relationships_per_second").asDouble() + 1);
    // the JIT's threads are part of each pass's process CPU
    assertTrue(
        json.get("import_jit_cpu_seconds").asDouble()
            <= json.get("import_cpu_seconds").asDouble() + 0.01);
    assertTrue(
        json.get("bare_corenlp_jit_cpu_seconds").asDouble()
            <= json.get("bare_corenlp_cpu_seconds").asDouble() + 0.01);
    // and the bulk load the same relationships, with the index build after it
    assertEquals(
        json.get("relationships").asDouble()
            / (json.get("bulk_load_seconds").asDouble()
                + json.get("bulk_index_seconds").asDouble()),
        json.get("bulk_load_relationships_per_second").asDouble(),
        0.01 * json.get("bulk_load_relationships_per_second").asDouble() + 1);
    assertEquals(
        20,
        json.get("warm_up_papers").asInt(),
        "the warm-up is at least 20 papers (all of them here)");
    int rounds = json.get("warm_up_rounds").asInt();
    assertEquals(1, rounds, "20 papers: one warm-up round (never more than half the timed papers)");
    assertTrue(
        json.get("peak_rss_mb").asLong() > 100,
        "a JVM with CoreNLP and Neo4j uses more than 100 MB");
  }

  @Test
  void limitBelowOneIsAUsageError() {
    var run = SeedGraph.tryCli("bench", CORPUS.toString(), "--limit", "0");
    assertEquals(2, run.exitCode());
    assertEquals("paperkg: --limit must be at least 1", run.err().strip());
  }
}
