package paperkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import paperkg.nlp.Annotator;
import paperkg.nlp.Extractor;
import paperkg.nlp.ParallelExtractor;
import paperkg.neo4j.GraphStore;
import paperkg.neo4j.GraphWriter;
import paperkg.rdf.ImportRun;
import paperkg.rdf.OntologyMapping;
import paperkg.rdf.RdfMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Read papers, annotate them with CoreNLP, emit RDF and load it into Neo4j. Idempotent.")
final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;
  @Mixin InputOptions input;
  @Mixin WorkOptions work;

  @Option(names = "--rdf-out", paramLabel = "FILE", description = "Also write the emitted RDF (.ttl or .nt).")
  Path rdfOut;

  @Option(names = "--batch-size", paramLabel = "ROWS", defaultValue = "1000",
      description = "Rows per UNWIND query (default: ${DEFAULT-VALUE}).")
  int batchSize;

  @Option(names = "--papers-per-transaction", paramLabel = "N", defaultValue = "250",
      description = "Papers committed together (default: ${DEFAULT-VALUE}).")
  int papersPerTransaction;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    long start = System.nanoTime();
    Inputs inputs = input.resolve();
    // Reading everything once first (the progress bar's total) finds bad input before the store
    // opens and CoreNLP loads.
    long total = inputs.hasPapers() ? inputs.countPapers(input.settings()) : 0;
    ImportRun run = ImportRun.start(inputs.description(), inputs.sha256());
    OntologyMapping mapping = OntologyMapping.standard();
    try (GraphStore graph = store.open(); RdfOut rdf = RdfOut.open(rdfOut)) {
      GraphWriter writer = new GraphWriter(graph, mapping, batchSize);
      writer.applySchema();
      double storeSeconds = Timing.since(start);
      inputs.rdfFacts().forEach(facts -> new ImportJob(null, null, writer, rdf, 1).loadRdf(facts));
      ImportJob.Report report = null;
      double loadPipelineSeconds = 0;
      if (inputs.hasPapers()) {
        long t0 = System.nanoTime();
        Annotator annotator = Annotator.create();
        Extractor extractor = Extractor.create();
        loadPipelineSeconds = Timing.since(t0);
        var job = new ImportJob(new ParallelExtractor(annotator, extractor, work.threads()),
            new RdfMapper(mapping), writer, rdf, papersPerTransaction);
        try (var progress = ProgressDisplay.start("import", total, work.showProgress(), spec.commandLine().getErr())) {
          report = job.run(inputs, input.settings(), run, progress);
        }
      }
      var totals = writer.totals();
      out.printf("imported %d papers from %s into %s%n", report == null ? 0 : report.papers, inputs.description(), graph);
      out.printf("created %d nodes, %d relationships, set %d properties%n", totals.nodes, totals.relationships, totals.properties);
      if (input.badRecords().count() > 0) {
        out.printf("skipped %d bad records (see the warnings; --strict stops at the first)%n", input.badRecords().count());
      }
      if (report != null) {
        out.printf("time: store %.1f s, pipeline load %.1f s, annotate+extract+load %.1f s (RDF %.1f s, Neo4j %.1f s), total %.1f s; %d tokens%n",
            storeSeconds, loadPipelineSeconds, Timing.since(start) - storeSeconds - loadPipelineSeconds,
            report.rdfSeconds, report.loadSeconds, Timing.since(start), report.tokens);
      }
    }
    return 0;
  }
}
