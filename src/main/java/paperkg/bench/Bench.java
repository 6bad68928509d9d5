package paperkg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.graph.Triple;
import paperkg.PaperkgException;
import paperkg.neo4j.BulkLoad;
import paperkg.neo4j.GraphStore;
import paperkg.neo4j.GraphWriter;
import paperkg.neo4j.StoreSettings;
import paperkg.nlp.Annotator;
import paperkg.pipeline.ImportPipeline;
import paperkg.pipeline.ImportReport;
import paperkg.pipeline.Models;
import paperkg.pipeline.Progress;
import paperkg.rdf.Facts;
import paperkg.rdf.ImportRun;
import paperkg.rdf.OntologyMapping;
import paperkg.source.Paper;

/**
 * One benchmark run on the same N papers, in one JVM: a warm-up, then the full import into a fresh
 * temporary store (its stages timed as they run, through the same {@link ImportPipeline} as {@code
 * import}), then the bare CoreNLP pipeline (same annotators, same threads, nothing else), then the
 * Neo4j load alone from rows already built from the import's RDF, into a second fresh store.
 *
 * <p>The warm-up runs {@link #warmUpPapers} papers through the whole import (annotation,
 * extraction, RDF and the Neo4j writes, into a throwaway store) and through the bare pipeline,
 * untimed, in rounds until a round's JIT compiler threads use under {@link #SETTLED} of its CPU (at
 * most {@link #maxRounds} rounds): without it the first timed pass paid for C2-compiling CoreNLP's
 * hot code and the second got it for free (docs/PERFORMANCE.md, runs B and C: ratios 0.90 and 2.25
 * for the same code). One round of a tenth of the papers through annotation and extraction only was
 * not enough: at N = 1,000 the import pass still compiled 26 s of CoreNLP methods (JFR {@code
 * jdk.Compilation}, wall time of the compiler threads) that the bare pass then had for free, and
 * all of the write path (Cypher, the kernel, Jena) besides. The compile cost of a first import is
 * real, and reported apart ({@code import_jit_cpu_seconds}); the ratio compares warm passes.
 */
public final class Bench {
  /** What to measure besides the import. */
  public record Passes(boolean bare, boolean loadFromRows) {}

  private Bench() {}

  /**
   * A tenth of the papers, at least 20 and at most 200: enough for C2 to compile CoreNLP's hot
   * loops.
   */
  static int warmUpPapers(int papers) {
    return Math.min(papers, Math.max(20, Math.min(200, papers / 10)));
  }

  /** A warm-up round whose JIT share of CPU is below this ends the warm-up. */
  static final double SETTLED = 0.10;

  static final int MAX_WARM_UP_ROUNDS = 5;

  /**
   * The warm-up never runs more than half as many papers as the timed passes: one round for a small
   * run (a test's 20 papers), five for N = 1,000.
   */
  static int maxRounds(int papers) {
    return Math.max(1, Math.min(MAX_WARM_UP_ROUNDS, papers / warmUpPapers(papers) / 2));
  }

  public static BenchResult run(List<Paper> papers, int threads, Passes passes) {
    Models models = Models.loadInBackground();
    var settings = ImportPipeline.Settings.defaults(threads);
    Path dir = tempDir();
    try {
      long t0 = System.nanoTime();
      try (GraphStore store = GraphStore.open(StoreSettings.embedded(dir))) {
        ImportPipeline pipeline = ImportPipeline.open(store, settings, models);
        double storeStart = seconds(t0);
        Models.Loaded loaded = models.get();
        int warm = warmUpPapers(papers.size());
        int rounds =
            warmUp(models, settings, papers.subList(0, warm), threads, maxRounds(papers.size()));

        TripleSpool written = passes.loadFromRows() ? new TripleSpool(tempFile()) : null;
        Consumer<List<Triple>> tee = written != null ? written : triples -> {};
        ImportRun run = ImportRun.start("bench", "bench-" + System.nanoTime());
        double cpu0 = processCpuSeconds();
        JvmThreadCpu jvm0 = JvmThreadCpu.now();
        ImportReport r =
            pipeline.importPapers(sink -> papers.forEach(sink), run, tee, Progress.NONE);
        double importCpu = processCpuSeconds() - cpu0;
        JvmThreadCpu importJvm = JvmThreadCpu.now().since(jvm0);
        long rss = peakRssMb(); // before the other passes: the import's own peak
        long relationships = pipeline.writer().totals().relationships;

        double bareSeconds = Double.NaN;
        double bareCpu = Double.NaN;
        JvmThreadCpu bareJvm = new JvmThreadCpu(Double.NaN, Double.NaN);
        if (passes.bare()) {
          cpu0 = processCpuSeconds();
          jvm0 = JvmThreadCpu.now();
          long t1 = System.nanoTime();
          bare(loaded.annotator(), papers, threads);
          bareSeconds = seconds(t1);
          bareCpu = processCpuSeconds() - cpu0;
          bareJvm = JvmThreadCpu.now().since(jvm0);
        }
        double[] loadRows = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        if (written != null) {
          try (written) {
            loadRows = loadFromRows(written, settings, threads, relationships);
          }
        }
        return new BenchResult(
            papers.size(),
            threads,
            r.tokens(),
            warm,
            rounds,
            loaded.seconds(),
            bareSeconds,
            r.extractSeconds(),
            r.rdfSeconds(),
            r.loadSeconds(),
            r.seconds(),
            storeStart,
            relationships,
            rss,
            importCpu,
            bareCpu,
            loadRows[0],
            loadRows[1],
            loadRows[2],
            loadRows[3],
            importJvm,
            bareJvm);
      }
    } finally {
      deleteQuietly(dir);
    }
  }

  /**
   * Both timed code paths over {@code papers}, results dropped, until the JIT settles: the import
   * into a throwaway store of its own (each round a new one, so nothing is skipped as unchanged),
   * then the bare pipeline. Returns the rounds run.
   */
  private static int warmUp(
      Models models,
      ImportPipeline.Settings settings,
      List<Paper> papers,
      int threads,
      int maxRounds) {
    Models.Loaded loaded = models.get();
    for (int round = 1; ; round++) {
      double cpu0 = processCpuSeconds();
      JvmThreadCpu jvm0 = JvmThreadCpu.now();
      Path dir = tempDir();
      try (GraphStore store = GraphStore.open(StoreSettings.embedded(dir))) {
        ImportRun run = ImportRun.start("bench warm-up", "bench-warm-up-" + System.nanoTime());
        ImportPipeline.open(store, settings, models)
            .importPapers(sink -> papers.forEach(sink), run, triples -> {}, Progress.NONE);
      } finally {
        deleteQuietly(dir);
      }
      bare(loaded.annotator(), papers, threads);
      double jitShare = JvmThreadCpu.now().since(jvm0).jitSeconds() / (processCpuSeconds() - cpu0);
      // NaN (no /proc) ends the warm-up after one round, as before this loop
      if (!(jitShare >= SETTLED) || round >= maxRounds) {
        return round;
      }
    }
  }

  /**
   * Seconds the Neo4j writes of the import take alone: the same triples in the same batches (one
   * per {@code papersPerTransaction} papers), turned into rows first (untimed), written into a
   * fresh store after the writer's warm-up. The figure {@code import} cannot show, as there the
   * writes share the cores with CoreNLP.
   *
   * <p>Then the same batches through the offline importer into a new store ({@link BulkLoad}), and
   * the schema applied to it, timed apart.
   *
   * @return wall seconds and process CPU seconds (this JVM's, Neo4j's threads included) of the
   *     transactional writes; wall seconds of the bulk load and of the schema's indexes after it
   */
  private static double[] loadFromRows(
      TripleSpool written,
      ImportPipeline.Settings settings,
      int threads,
      long importedRelationships) {
    Path dir = tempDir();
    Path bulkDir = tempDir().resolve("db");
    try {
      List<GraphWriter.Batch> batches = new ArrayList<>();
      double loadSeconds;
      double loadCpu;
      try (GraphStore store = GraphStore.open(StoreSettings.embedded(dir))) {
        GraphWriter writer = ImportPipeline.open(store, settings, null).writer();
        writer.warmUp();
        var pending =
            new Object() {
              List<Triple> triples = new ArrayList<>();
              int papers = 0;
            };
        written.drain( // one list per paper (and two for the import run)
            paper -> {
              pending.triples.addAll(paper);
              if (++pending.papers % settings.papersPerTransaction() == 0) {
                batches.add(writer.prepare(new Facts(pending.triples)));
                pending.triples = new ArrayList<>();
              }
            });
        batches.add(writer.prepare(new Facts(pending.triples)));
        double cpu0 = processCpuSeconds();
        long t0 = System.nanoTime();
        batches.forEach(writer::write);
        loadSeconds = seconds(t0);
        loadCpu = processCpuSeconds() - cpu0;
        long loaded = writer.totals().relationships;
        if (loaded != importedRelationships) { // the rows must be the import's, all of them
          throw new IllegalStateException(
              "load from rows wrote "
                  + loaded
                  + " relationships, the import "
                  + importedRelationships);
        }
      }
      deleteQuietly(dir);

      long t1 = System.nanoTime();
      BulkLoad.write(bulkDir, batches, threads);
      double bulkSeconds = seconds(t1);
      try (GraphStore bulk = GraphStore.open(StoreSettings.embedded(bulkDir))) {
        long t2 = System.nanoTime();
        GraphWriter bulkWriter = new GraphWriter(bulk, OntologyMapping.standard(), 1);
        bulkWriter.applySchema();
        bulkWriter.awaitIndexes();
        return new double[] {loadSeconds, loadCpu, bulkSeconds, seconds(t2)};
      }
    } finally {
      deleteQuietly(dir);
      deleteQuietly(bulkDir.getParent());
    }
  }

  /**
   * The CoreNLP floor: every paper through the bare pipeline on {@code threads} threads; returns
   * tokens.
   */
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
                  for (int i = next.getAndIncrement();
                      i < papers.size();
                      i = next.getAndIncrement()) {
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
    if (os instanceof com.sun.management.OperatingSystemMXBean sun
        && sun.getProcessCpuTime() >= 0) {
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

  private static double seconds(long sinceNanos) {
    return (System.nanoTime() - sinceNanos) / 1e9;
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("paperkg-bench");
    } catch (IOException e) {
      throw PaperkgException.unavailable("cannot create a temporary store: " + e.getMessage(), e);
    }
  }

  private static Path tempFile() {
    try {
      return Files.createTempFile("paperkg-bench", ".trdf");
    } catch (IOException e) {
      throw PaperkgException.unavailable("cannot create a temporary file: " + e.getMessage(), e);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temp dir is not worth failing the benchmark for
    }
  }
}
