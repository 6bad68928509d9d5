package paperkg.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import paperkg.PaperkgException;
import paperkg.neo4j.GraphStore;
import paperkg.neo4j.GraphWriter;
import paperkg.neo4j.StoreSettings;
import paperkg.nlp.Annotator;
import paperkg.nlp.Extractor;
import paperkg.nlp.ParallelExtractor;
import paperkg.nlp.SharedPipeline;
import paperkg.rdf.ImportRun;
import paperkg.rdf.OntologyMapping;
import paperkg.rdf.RdfMapper;
import paperkg.source.Paper;

/**
 * One benchmark run on the same N papers: the full import into a fresh temporary store, whose stages are timed
 * as they run, then the bare CoreNLP pipeline (same annotators, same threads, nothing else). A few papers go
 * through the pipeline first; the import still runs on a less warmed-up JIT than the bare pass after it, so
 * overhead_ratio errs on the high side.
 */
final class Bench {
  private static final int WARM_UP_PAPERS = 20;

  /** The figures of one run; field names are the JSON keys (docs/PERFORMANCE.md explains each). */
  record Result(
      int papers,
      int threads,
      long tokens,
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
      double bareCpuSeconds) {

    double overheadRatio() {
      return importSeconds / bareCorenlpSeconds;
    }

    Map<String, Object> toJson() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("papers", papers);
      m.put("threads", threads);
      m.put("tokens", tokens);
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
      // CPU seconds of the whole process (all threads: JIT and GC too) during each pass: on a shared machine
      // wall times swing with the neighbours' load, CPU seconds much less.
      m.put("import_cpu_seconds", orNull(importCpuSeconds));
      m.put("bare_corenlp_cpu_seconds", orNull(bareCpuSeconds));
      m.put("overhead_ratio_cpu", orNull(importCpuSeconds / bareCpuSeconds));
      return m;
    }

    /** Back from a child run's JSON ({@code bench --scaling}). */
    static Result fromJson(JsonNode j) {
      return new Result(j.get("papers").asInt(), j.get("threads").asInt(), j.get("tokens").asLong(),
          Scaling.number(j, "pipeline_load_seconds"), Scaling.number(j, "bare_corenlp_seconds"),
          Scaling.number(j, "extract_seconds"), Scaling.number(j, "rdf_seconds"), Scaling.number(j, "load_seconds"),
          Scaling.number(j, "import_seconds"), Scaling.number(j, "store_start_seconds"),
          j.get("relationships").asLong(), j.get("peak_rss_mb").asLong(), Scaling.number(j, "import_cpu_seconds"),
          Scaling.number(j, "bare_corenlp_cpu_seconds"));
    }
  }

  private Bench() {}

  /** @param withBare false skips the bare CoreNLP pass (scaling runs): its figures are then NaN (null in JSON) */
  static Result run(List<Paper> papers, int threads, boolean withBare) {
    long t0 = System.nanoTime();
    Annotator annotator = SharedPipeline.annotator();
    Extractor extractor = SharedPipeline.extractor();
    double pipelineLoad = Timing.since(t0);
    bare(annotator, papers.subList(0, Math.min(WARM_UP_PAPERS, papers.size())), threads);

    Path dir = tempDir();
    try {
      t0 = System.nanoTime();
      try (GraphStore store = GraphStore.open(StoreSettings.embedded(dir))) {
        OntologyMapping mapping = OntologyMapping.standard();
        GraphWriter writer = new GraphWriter(store, mapping, ImportCommand.DEFAULT_BATCH_SIZE);
        writer.applySchema();
        writer.warmUp(); // as import does while the models load: excluded from import_seconds there too
        double storeStart = Timing.since(t0);
        var parallel = new ParallelExtractor(annotator, extractor, threads);
        var job = new ImportJob(parallel, new RdfMapper(mapping), writer, null, ImportCommand.DEFAULT_PAPERS_PER_TRANSACTION);
        ImportRun run = ImportRun.start("bench", "bench-" + System.nanoTime());
        double cpu0 = processCpuSeconds();
        ImportJob.Report r = job.run(sink -> papers.forEach(sink), run, ImportJob.Progress.NONE);
        double importCpu = processCpuSeconds() - cpu0;
        long rss = peakRssMb(); // before the bare pass: the import's own peak
        cpu0 = processCpuSeconds();
        double bareSeconds = withBare ? timedBare(annotator, papers, threads) : Double.NaN;
        double bareCpu = withBare ? processCpuSeconds() - cpu0 : Double.NaN;
        return new Result(papers.size(), threads, r.tokens, pipelineLoad, bareSeconds, r.extractSeconds, r.rdfSeconds,
            r.loadSeconds, r.seconds, storeStart, writer.totals().relationships, rss, importCpu, bareCpu);
      }
    } finally {
      deleteQuietly(dir);
    }
  }

  private static double timedBare(Annotator annotator, List<Paper> papers, int threads) {
    long t0 = System.nanoTime();
    bare(annotator, papers, threads);
    return Timing.since(t0);
  }

  /** The CoreNLP floor: every paper through the bare pipeline on {@code threads} threads; returns tokens. */
  static long bare(Annotator annotator, List<Paper> papers, int threads) {
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Long>> parts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        parts.add(
            pool.submit(
                () -> {
                  long tokens = 0;
                  for (int i = next.getAndIncrement(); i < papers.size(); i = next.getAndIncrement()) {
                    tokens += annotator.annotateBare(papers.get(i));
                  }
                  return tokens;
                }));
      }
      long tokens = 0;
      for (Future<Long> part : parts) {
        tokens += part.get();
      }
      return tokens;
    } catch (Exception e) {
      throw new IllegalStateException("bare CoreNLP pass failed: " + e.getMessage(), e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** CPU time of the whole process so far (all threads), or NaN where the JVM does not tell. */
  static double processCpuSeconds() {
    var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun && sun.getProcessCpuTime() >= 0) {
      return sun.getProcessCpuTime() / 1e9;
    }
    return Double.NaN;
  }

  /** The process's peak resident set (VmHWM, Linux); -1 where /proc is not there. */
  static long peakRssMb() {
    try (Stream<String> lines = Files.lines(Path.of("/proc/self/status"))) {
      return lines
          .filter(l -> l.startsWith("VmHWM:"))
          .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024)
          .findFirst()
          .orElse(-1L);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("paperkg-bench");
    } catch (IOException e) {
      throw PaperkgException.unavailable("cannot create a temporary store: " + e.getMessage(), e);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temp dir is not worth failing the benchmark for
    }
  }

  private static Double orNull(double v) {
    return Double.isNaN(v) ? null : round(v);
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
