package paperkg.nlp;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Triple;
import paperkg.neo4j.BulkLoad;
import paperkg.neo4j.GraphStore;
import paperkg.neo4j.GraphWriter;
import paperkg.neo4j.StoreSettings;
import paperkg.pipeline.ExtractorVersion;
import paperkg.pipeline.Fingerprint;
import paperkg.pipeline.ImportPipeline;
import paperkg.rdf.Facts;
import paperkg.rdf.ImportRun;
import paperkg.rdf.OntologyMapping;
import paperkg.rdf.RdfMapper;

/**
 * Developer tool, not a test: the offline bulk load ({@link BulkLoad}) of the rows an import of a
 * whole corpus builds, timed alone and repeated (the first round runs JIT-cold), without CoreNLP:
 * the rows come from cached annotations ({@link AnnotationCache}) through the import's extractor,
 * mapper and batching (a fingerprint per paper, {@value
 * ImportPipeline.Settings#DEFAULT_PAPERS_PER_TRANSACTION} papers per batch). Each round: the
 * importer into a new store, then the store opened and the schema's indexes built over it. With
 * {@code -Dtransactional=true} the same rows are also written transactionally once, for the ratio
 * in one run. {@code -Dprogress=true} shows the importer's own stage report. Usage: {@code
 * BulkProbe corpus.jsonl cache.jsonl.gz SCRATCH_DIR ROUNDS [LIMIT]}.
 */
public final class BulkProbe {
  private BulkProbe() {}

  public static void main(String[] args) throws Exception {
    List<paperkg.source.Paper> papers = AnnotationCache.papers(Path.of(args[0]));
    if (args.length > 4) {
      papers = papers.subList(0, Math.min(papers.size(), Integer.parseInt(args[4])));
    }
    Map<String, Annotated> annotated = AnnotationCache.load(papers, Path.of(args[1]), 2);
    Path scratch = Path.of(args[2]);
    int rounds = Integer.parseInt(args[3]);
    List<GraphWriter.Batch> batches = batches(annotated);
    long rels = 0;
    if (Boolean.getBoolean("transactional")) {
      rels = transactional(batches, scratch.resolve("tx"));
    }
    PrintStream progress =
        Boolean.getBoolean("progress")
            ? System.err
            : new PrintStream(PrintStream.nullOutputStream());
    for (int round = 1; round <= rounds; round++) {
      Path dir = scratch.resolve("bulk-" + round);
      delete(dir);
      double cpu0 = processCpuSeconds();
      long t0 = System.nanoTime();
      BulkLoad.Result r = BulkLoad.write(dir, batches, 2, progress);
      double load = (System.nanoTime() - t0) / 1e9;
      double loadCpu = processCpuSeconds() - cpu0;
      long t1 = System.nanoTime();
      double start;
      double index;
      try (GraphStore store = GraphStore.open(StoreSettings.embedded(dir))) {
        start = (System.nanoTime() - t1) / 1e9;
        long t2 = System.nanoTime();
        GraphWriter writer = new GraphWriter(store, OntologyMapping.standard(), 1);
        writer.applySchema();
        writer.awaitIndexes();
        index = (System.nanoTime() - t2) / 1e9;
      }
      System.out.printf(
          "round %d: %d nodes %d rels: bulk %.2f s (%.2f CPU-s) + indexes %.2f s = %.0f rels/s (store start %.2f"
              + " s, not counted)%s%n",
          round,
          r.nodes(),
          r.relationships(),
          load,
          loadCpu,
          index,
          r.relationships() / (load + index),
          start,
          rels > 0 && rels != r.relationships() ? " MISMATCH transactional " + rels : "");
      delete(dir);
    }
  }

  /** The import's batches of rows: its triples per paper, a fingerprint each, the run node. */
  private static List<GraphWriter.Batch> batches(Map<String, Annotated> annotated) {
    OntologyMapping mapping = OntologyMapping.standard();
    Extractor extractor = Extractor.create();
    RdfMapper mapper = new RdfMapper(mapping);
    GraphWriter rowsOnly = new GraphWriter(null, mapping, 1); // prepare() reads no store
    ImportRun run = ImportRun.start("probe", "0123456789abcdef0123");
    String version = ExtractorVersion.current();
    int perBatch = ImportPipeline.Settings.DEFAULT_PAPERS_PER_TRANSACTION;
    List<GraphWriter.Batch> batches = new ArrayList<>();
    List<Triple> pending = new ArrayList<>(mapper.runFacts(run).triples());
    int inBatch = 0;
    for (Annotated a : annotated.values()) {
      pending.addAll(mapper.toFacts(extractor.extract(a), run).triples());
      pending.add(Fingerprint.triple(mapping, a.paper(), version));
      if (++inBatch == perBatch) {
        batches.add(rowsOnly.prepare(new Facts(pending)));
        pending = new ArrayList<>();
        inBatch = 0;
      }
    }
    pending.addAll(mapper.runFacts(run.finish(annotated.size())).triples());
    batches.add(rowsOnly.prepare(new Facts(pending)));
    System.out.printf("%d papers in %d batches%n", annotated.size(), batches.size());
    return batches;
  }

  private static long transactional(List<GraphWriter.Batch> batches, Path dir) {
    delete(dir);
    try (GraphStore store = GraphStore.open(StoreSettings.embedded(dir))) {
      GraphWriter writer =
          new GraphWriter(
              store, OntologyMapping.standard(), ImportPipeline.Settings.DEFAULT_BATCH_SIZE);
      writer.applySchema();
      writer.warmUp();
      long t0 = System.nanoTime();
      batches.forEach(writer::write);
      double s = (System.nanoTime() - t0) / 1e9;
      long rels = writer.totals().relationships;
      System.out.printf("transactional: %d rels in %.2f s = %.0f rels/s%n", rels, s, rels / s);
      return rels;
    } finally {
      delete(dir);
    }
  }

  /** This JVM's CPU seconds, every thread's (the importer's and the JIT's included). */
  private static double processCpuSeconds() {
    return ((com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime()
        / 1e9;
  }

  private static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
