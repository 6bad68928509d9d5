package paperkg.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of one bench run; {@link #toJson()} names them (docs/PERFORMANCE.md explains each). A
 * figure a run did not measure is NaN (null in JSON).
 *
 * @param warmUpPapers papers run through both paths before the timed passes (JIT warm-up, untimed)
 * @param warmUpRounds how often they were run: until the JIT settled ({@link Bench#SETTLED})
 * @param loadRowsSeconds the Neo4j writes alone, from rows already built from the import's RDF,
 *     fresh store
 * @param loadRowsCpuSeconds the process CPU seconds of those writes (the driver's and Neo4j's
 *     threads)
 * @param bulkLoadSeconds the same rows through Neo4j's offline importer into a third, new store
 *     ({@link paperkg.neo4j.BulkLoad}): the importer's run
 * @param bulkIndexSeconds then the schema on it (unique constraints and indexes built over what the
 *     importer wrote, awaited): the index work the transactional load does as it goes
 * @param importJvm the JIT compiler's and the garbage collector's threads during the import pass
 * @param bareJvm the same during the bare pass
 */
public record BenchResult(
    int papers,
    int threads,
    long tokens,
    int warmUpPapers,
    int warmUpRounds,
    double pipelineLoadSeconds,
    double bareCorenlpSeconds,
    double extractSeconds,
    double rdfSeconds,
    double loadSeconds,
    double importSeconds,
    double storeStartSeconds,
    long relationships,
    long peakRssMb,
    double importCpuSeconds,
    double bareCpuSeconds,
    double loadRowsSeconds,
    double loadRowsCpuSeconds,
    double bulkLoadSeconds,
    double bulkIndexSeconds,
    JvmThreadCpu importJvm,
    JvmThreadCpu bareJvm) {

  public double overheadRatio() {
    return importSeconds / bareCorenlpSeconds;
  }

  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("papers", papers);
    m.put("threads", threads);
    m.put("tokens", tokens);
    m.put("warm_up_papers", warmUpPapers);
    m.put("warm_up_rounds", warmUpRounds);
    m.put("pipeline_load_seconds", round(pipelineLoadSeconds));
    m.put("bare_corenlp_seconds", orNull(bareCorenlpSeconds));
    m.put("extract_seconds", round(extractSeconds));
    m.put("rdf_seconds", round(rdfSeconds));
    m.put("load_seconds", round(loadSeconds));
    m.put("import_seconds", round(importSeconds));
    m.put("store_start_seconds", round(storeStartSeconds));
    m.put("overhead_ratio", orNull(overheadRatio()));
    m.put("papers_per_second", round(papers / importSeconds));
    m.put("tokens_per_second", round(tokens / importSeconds));
    m.put("relationships", relationships);
    m.put("relationships_per_second", round(loadSeconds == 0 ? 0 : relationships / loadSeconds));
    m.put("peak_rss_mb", peakRssMb);
    // CPU seconds of the whole process (all threads: JIT and GC too) during each pass: on a shared
    // machine
    // wall times swing with the neighbours' load, CPU seconds much less.
    m.put("import_cpu_seconds", orNull(importCpuSeconds));
    m.put("bare_corenlp_cpu_seconds", orNull(bareCpuSeconds));
    m.put("overhead_ratio_cpu", orNull(importCpuSeconds / bareCpuSeconds));
    // of those CPU seconds, the JIT compiler's and the GC's threads: the first pass over the code
    // pays for most compilation, whichever pass it is
    m.put("import_jit_cpu_seconds", orNull(importJvm.jitSeconds()));
    m.put("bare_corenlp_jit_cpu_seconds", orNull(bareJvm.jitSeconds()));
    m.put("import_gc_cpu_seconds", orNull(importJvm.gcSeconds()));
    m.put("bare_corenlp_gc_cpu_seconds", orNull(bareJvm.gcSeconds()));
    m.put(
        "overhead_ratio_cpu_without_jit",
        orNull(
            (importCpuSeconds - importJvm.jitSeconds()) / (bareCpuSeconds - bareJvm.jitSeconds())));
    m.put("load_rows_seconds", orNull(loadRowsSeconds));
    m.put("load_rows_relationships_per_second", orNull(relationships / loadRowsSeconds));
    m.put("load_rows_cpu_seconds", orNull(loadRowsCpuSeconds));
    m.put("bulk_load_seconds", orNull(bulkLoadSeconds));
    m.put("bulk_index_seconds", orNull(bulkIndexSeconds));
    // the store's start between the two is left out, as the transactional figure leaves it out
    m.put(
        "bulk_load_relationships_per_second",
        orNull(relationships / (bulkLoadSeconds + bulkIndexSeconds)));
    return m;
  }

  /**
   * Back from a child run's JSON ({@code bench --scaling}); figures missing from older lines are
   * NaN.
   */
  static BenchResult fromJson(JsonNode j) {
    return new BenchResult(
        j.get("papers").asInt(),
        j.get("threads").asInt(),
        j.get("tokens").asLong(),
        (int) orZero(number(j, "warm_up_papers")),
        (int) orZero(number(j, "warm_up_rounds")),
        number(j, "pipeline_load_seconds"),
        number(j, "bare_corenlp_seconds"),
        number(j, "extract_seconds"),
        number(j, "rdf_seconds"),
        number(j, "load_seconds"),
        number(j, "import_seconds"),
        number(j, "store_start_seconds"),
        j.get("relationships").asLong(),
        j.get("peak_rss_mb").asLong(),
        number(j, "import_cpu_seconds"),
        number(j, "bare_corenlp_cpu_seconds"),
        number(j, "load_rows_seconds"),
        number(j, "load_rows_cpu_seconds"),
        number(j, "bulk_load_seconds"),
        number(j, "bulk_index_seconds"),
        new JvmThreadCpu(number(j, "import_jit_cpu_seconds"), number(j, "import_gc_cpu_seconds")),
        new JvmThreadCpu(
            number(j, "bare_corenlp_jit_cpu_seconds"), number(j, "bare_corenlp_gc_cpu_seconds")));
  }

  private static double number(JsonNode json, String field) {
    JsonNode v = json.get(field);
    return v == null || v.isNull() ? Double.NaN : v.asDouble();
  }

  private static double orZero(double v) {
    return Double.isNaN(v) ? 0 : v;
  }

  private static Double orNull(double v) {
    return Double.isNaN(v) || Double.isInfinite(v) ? null : round(v);
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
