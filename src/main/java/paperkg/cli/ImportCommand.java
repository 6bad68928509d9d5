package paperkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import paperkg.nlp.Annotator;
import paperkg.nlp.Extractor;
import paperkg.nlp.ParallelExtractor;
import paperkg.nlp.SharedPipeline;
import paperkg.neo4j.GraphStore;
import paperkg.neo4j.GraphWriter;
import paperkg.rdf.Facts;
import paperkg.rdf.ImportRun;
import paperkg.rdf.OntologyMapping;
import paperkg.rdf.RdfMapper;
import paperkg.rdf.Vocab;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Read papers, annotate them with CoreNLP, emit RDF and load it into Neo4j. Idempotent.")
final class ImportCommand implements Callable<Integer> {
  static final int DEFAULT_BATCH_SIZE = 1000;
  static final int DEFAULT_PAPERS_PER_TRANSACTION = 250;

  @Spec CommandSpec spec;
  @Mixin StoreOptions store;
  @Mixin InputOptions input;
  @Mixin WorkOptions work;

  @Option(names = "--rdf-out", paramLabel = "FILE", description = "Also write the emitted RDF (.ttl or .nt).")
  Path rdfOut;

  @Option(names = "--batch-size", paramLabel = "ROWS", defaultValue = "" + DEFAULT_BATCH_SIZE,
      description = "Rows per UNWIND query (default: ${DEFAULT-VALUE}).")
  int batchSize;

  @Option(names = "--papers-per-transaction", paramLabel = "N", defaultValue = "" + DEFAULT_PAPERS_PER_TRANSACTION,
      description = "Papers committed together (default: ${DEFAULT-VALUE}).")
  int papersPerTransaction;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    long start = System.nanoTime();
    Inputs inputs = input.resolve(store.db);
    // Reading everything once first (the progress bar's total) finds bad input before the store
    // opens and CoreNLP loads.
    long total = inputs.hasPapers() ? inputs.countPapers(input.settings()) : 0;
    // RDF is parsed whole before the store opens too: a syntax error leaves no new store behind.
    List<Facts> rdfInputs = inputs.rdfFacts();
    ImportRun run = ImportRun.start(inputs.description(), inputs.sha256());
    OntologyMapping mapping = OntologyMapping.standard();
    try (GraphStore graph = store.open(); RdfOut rdf = RdfOut.open(rdfOut)) {
      GraphWriter writer = new GraphWriter(graph, mapping, batchSize);
      writer.applySchema();
      double storeSeconds = Timing.since(start);
      long rdfPapers = 0;
      for (Facts facts : rdfInputs) {
        new ImportJob(null, null, writer, rdf, 1).loadRdf(facts);
        rdfPapers += facts.countOfType(Vocab.PAPER);
      }
      ImportJob.Report report = null;
      double loadPipelineSeconds = 0;
      if (inputs.hasPapers()) {
        long t0 = System.nanoTime();
        // Model loading is mostly one thread reading; Neo4j's query planning runs meanwhile on another. Only an
        // optimisation: if it fails, the import's own first write reports the store's problem properly.
        CompletableFuture<Void> warm = CompletableFuture.runAsync(writer::warmUp).exceptionally(e -> null);
        Annotator annotator = SharedPipeline.annotator();
        Extractor extractor = SharedPipeline.extractor();
        warm.join();
        loadPipelineSeconds = Timing.since(t0);
        var job = new ImportJob(new ParallelExtractor(annotator, extractor, work.threads()),
            new RdfMapper(mapping), writer, rdf, papersPerTransaction);
        try (var progress = ProgressDisplay.start("import", total, work.showProgress(), spec.commandLine().getErr())) {
          report = job.run(inputs, input.settings(), run, progress);
        }
      }
      var totals = writer.totals();
      long papers = rdfPapers + (report == null ? 0 : report.papers);
      out.printf("imported %d papers from %s into %s%n", papers, inputs.description(), graph);
      out.printf("created %d nodes, %d relationships, set %d properties%n", totals.nodes, totals.relationships, totals.properties);
      if (input.badRecords().count() > 0) {
        out.printf("skipped %d bad records (see the warnings; --strict stops at the first)%n", input.badRecords().count());
      }
      if (report != null) {
        printTimes(out, report, storeSeconds, loadPipelineSeconds, Timing.since(start));
      }
    }
    return 0;
  }

  /** Where the time went: the stages overlap, so CoreNLP and extraction are thread-seconds over all cores. */
  private static void printTimes(PrintWriter out, ImportJob.Report r, double store, double pipelineLoad, double total) {
    out.printf(
        "time: store %.1f s, pipeline load %.1f s, import %.1f s (%.1f papers/s, %.0f tokens/s), total %.1f s%n",
        store, pipelineLoad, r.seconds, r.papers / r.seconds, r.tokens / r.seconds, total);
    out.printf(
        "stages: CoreNLP %.1f s, extraction %.1f s (summed over threads), RDF %.1f s, Neo4j %.1f s (own thread); %d tokens, %d triples%n",
        r.annotateSeconds, r.extractSeconds, r.rdfSeconds, r.loadSeconds, r.tokens, r.triples);
  }
}
