package paperkg.pipeline;

import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Triple;
import paperkg.neo4j.GraphStore;
import paperkg.neo4j.GraphWriter;
import paperkg.nlp.ParallelExtractor;
import paperkg.rdf.Facts;
import paperkg.rdf.ImportRun;
import paperkg.rdf.OntologyMapping;
import paperkg.source.Paper;

/**
 * The import as {@code import} and {@code bench} both run it: a store made ready (schema, every
 * write query planned once), the models (loaded meanwhile, see {@link Models}), and an {@link
 * ImportJob} per input.
 */
public final class ImportPipeline {
  /** Batches waiting for the Neo4j thread: one being built, these queued, one being written. */
  public static final int WRITE_QUEUE = 2;

  /**
   * @param batchSize rows per UNWIND query
   * @param papersPerTransaction papers committed together
   * @param force annotate and write every paper, also those stored unchanged
   * @param topicsScheme the digest of a user's SKOS scheme the topics come from (part of the
   *     extractor's version: another scheme annotates again), or null for the shipped vocabulary
   */
  public record Settings(
      int threads, int batchSize, int papersPerTransaction, boolean force, String topicsScheme) {
    public static final int DEFAULT_BATCH_SIZE = 1000;
    public static final int DEFAULT_PAPERS_PER_TRANSACTION = 250;

    public static Settings defaults(int threads) {
      return new Settings(threads, DEFAULT_BATCH_SIZE, DEFAULT_PAPERS_PER_TRANSACTION, false, null);
    }
  }

  private final GraphStore store;
  private final Settings settings;
  private final Models models;
  private final OntologyMapping mapping = OntologyMapping.standard();
  private final GraphWriter writer;
  private final double storeSeconds;

  private ImportPipeline(GraphStore store, Settings settings, Models models) {
    this.store = store;
    this.settings = settings;
    this.models = models;
    long t0 = System.nanoTime();
    this.writer = new GraphWriter(store, mapping, settings.batchSize());
    writer.applySchema();
    if (models != null) {
      // beside the model load and the first annotations: a fresh JVM's first batch would otherwise
      // plan every query
      writer.warmUpInBackground();
    }
    this.storeSeconds = ImportJob.seconds(t0);
  }

  /**
   * Makes {@code store} ready for writes; {@code models} (null when only RDF is loaded) keep
   * loading meanwhile.
   */
  public static ImportPipeline open(GraphStore store, Settings settings, Models models) {
    return new ImportPipeline(store, settings, models);
  }

  /** Seconds the schema took (the store's own start is the caller's; the query warm-up runs on). */
  public double prepareSeconds() {
    return storeSeconds;
  }

  public GraphWriter writer() {
    return writer;
  }

  public GraphStore store() {
    return store;
  }

  /** Loads RDF that is already under the ontology (no annotation), in one transaction. */
  public void loadRdf(Facts facts, Consumer<List<Triple>> tee) {
    tee.accept(facts.triples());
    writer.write(facts);
  }

  /**
   * Annotates and loads what {@code input} pushes into the consumer it is given.
   *
   * @param tee sees every triple written (e.g. {@code --rdf-out}), on the sink thread
   */
  public ImportReport importPapers(
      Consumer<Consumer<Paper>> input,
      ImportRun run,
      Consumer<List<Triple>> tee,
      Progress progress) {
    // the models are waited for when the first changed paper is annotated: a re-import that skips
    // every paper
    // does not wait for them at all
    var extractor =
        new ParallelExtractor(
            () -> models.get().annotator(), () -> models.get().extractor(), settings.threads());
    var job =
        new ImportJob(
            extractor,
            mapping,
            writer,
            tee,
            settings.papersPerTransaction(),
            ExtractorVersion.current()
                + (settings.topicsScheme() == null ? "" : "+" + settings.topicsScheme()),
            settings.force());
    return job.run(input, run, progress);
  }
}
