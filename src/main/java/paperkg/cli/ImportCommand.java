package paperkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.apache.jena.graph.Triple;
import paperkg.ReadAhead;
import paperkg.neo4j.GraphStore;
import paperkg.pipeline.ImportPipeline;
import paperkg.pipeline.ImportReport;
import paperkg.pipeline.Models;
import paperkg.rdf.Facts;
import paperkg.rdf.ImportRun;
import paperkg.rdf.Vocab;
import paperkg.source.Paper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description =
        "Read papers, annotate them with CoreNLP, emit RDF and load it into Neo4j. Idempotent.")
final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;
  @Mixin InputOptions input;
  @Mixin WorkOptions work;
  @Mixin TopicOptions topicOptions;

  @Option(
      names = "--rdf-out",
      paramLabel = "FILE",
      description = "Also write the emitted RDF (.ttl or .nt).")
  Path rdfOut;

  @Option(
      names = "--batch-size",
      paramLabel = "ROWS",
      defaultValue = "" + ImportPipeline.Settings.DEFAULT_BATCH_SIZE,
      description = "Rows per UNWIND query (default: ${DEFAULT-VALUE}).")
  int batchSize;

  @Option(
      names = "--papers-per-transaction",
      paramLabel = "N",
      defaultValue = "" + ImportPipeline.Settings.DEFAULT_PAPERS_PER_TRANSACTION,
      description = "Papers committed together (default: ${DEFAULT-VALUE}).")
  int papersPerTransaction;

  @Option(
      names = "--force",
      description = "Annotate and write every paper again, also those the store holds unchanged.")
  boolean force;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    long start = System.nanoTime();
    Inputs inputs = input.resolve(store.uri() == null ? store.db() : null);
    // The models load from here on, beside the reading ahead, the store's start and the query
    // warm-up.
    Models models = inputs.hasPapers() ? Models.loadInBackground(topicOptions::extractor) : null;
    // RDF is parsed whole before the store opens: a syntax error leaves no new store behind.
    List<Facts> rdfInputs = inputs.rdfFacts();
    ImportRun run = ImportRun.start(inputs.description(), inputs.sha256());
    var settings =
        new ImportPipeline.Settings(
            work.threads(), batchSize, papersPerTransaction, force, topicOptions.schemeDigest());
    ReadCount read = new ReadCount(inputs.paperBytes());
    try (ReadAhead<Paper> reading = inputs.readAhead(input.settings(), read);
        GraphStore graph = store.open();
        RdfOut rdf = RdfOut.open(rdfOut)) {
      ImportPipeline pipeline = ImportPipeline.open(graph, settings, models);
      Consumer<List<Triple>> tee = rdf == null ? triples -> {} : rdf::write;
      double storeSeconds = Timing.since(start);
      long rdfPapers = 0;
      for (Facts facts : rdfInputs) {
        pipeline.loadRdf(facts, tee);
        rdfPapers += facts.countOfType(Vocab.PAPER);
      }
      ImportReport report = null;
      if (inputs.hasPapers()) {
        try (var progress =
            ProgressDisplay.start(
                "import", read::expectedPapers, work.showProgress(), spec.commandLine().getErr())) {
          report = pipeline.importPapers(reading::drainTo, run, tee, progress);
        }
      }
      var totals = pipeline.writer().totals();
      long papers = rdfPapers + (report == null ? 0 : report.papers());
      out.printf("imported %d papers from %s into %s%n", papers, inputs.description(), graph);
      out.printf(
          "created %d nodes, %d relationships, set %d properties%n",
          totals.nodes, totals.relationships, totals.properties);
      if (input.badRecords().count() > 0) {
        out.printf(
            "skipped %d bad records (see the warnings; --strict stops at the first)%n",
            input.badRecords().count());
      }
      if (report != null) {
        printChanges(out, report.changes());
        printTimes(out, report, storeSeconds, models.secondsIfLoaded(), Timing.since(start));
      }
    }
    return 0;
  }

  /** What the store already held, and why papers were annotated again. */
  private static void printChanges(PrintWriter out, ImportReport.Changes c) {
    if (c.unchanged() > 0) {
      out.printf(
          "skipped %d papers the store holds unchanged (--force annotates them again)%n",
          c.unchanged());
    }
    if (c.inputChanged() > 0) {
      out.printf("annotated %d stored papers again: their input changed%n", c.inputChanged());
    }
    if (c.extractorChanged() > 0) {
      out.printf(
          "annotated %d stored papers again: the extractor changed (version %s, now %s)%n",
          c.extractorChanged(), String.join(", ", c.earlierVersions()), c.version());
    }
    if (c.forced() > 0) {
      out.printf("annotated %d stored unchanged papers again (--force)%n", c.forced());
    }
  }

  /**
   * Where the time went: the stages overlap, so CoreNLP and extraction are thread-seconds over all
   * cores.
   */
  private static void printTimes(
      PrintWriter out, ImportReport r, double store, double pipelineLoad, double total) {
    String load = Double.isNaN(pipelineLoad) ? "not needed" : String.format("%.1f s", pipelineLoad);
    out.printf(
        "time: store %.1f s, pipeline load %s (beside the store), import %.1f s "
            + "(%.1f papers/s, %.0f tokens/s), total %.1f s%n",
        store, load, r.seconds(), r.papers() / r.seconds(), r.tokens() / r.seconds(), total);
    out.printf(
        "stages: CoreNLP %.1f s, extraction %.1f s (summed over threads), RDF %.1f s, Neo4j %.1f s (own thread); %d tokens, %d triples%n",
        r.annotateSeconds(),
        r.extractSeconds(),
        r.rdfSeconds(),
        r.loadSeconds(),
        r.tokens(),
        r.triples());
  }
}
