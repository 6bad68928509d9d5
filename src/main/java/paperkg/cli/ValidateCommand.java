package paperkg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import paperkg.ExitCodes;
import paperkg.neo4j.GraphExporter;
import paperkg.neo4j.GraphStore;
import paperkg.rdf.ShaclCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description =
        "SHACL-validate the graph's RDF view against ontology/shapes.ttl; exit 1 with a report if it does not conform.")
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "50",
      description =
          "Print at most N results (default: ${DEFAULT-VALUE}); the count is always complete.")
  int limit;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ShaclCheck.Report report;
    try (GraphStore graph = store.openForReading()) {
      report = ShaclCheck.validate(GraphExporter.toGraph(graph));
    }
    if (report.conforms()) {
      out.printf("conforms: %d triples checked against ontology/shapes.ttl%n", report.triples());
      return ExitCodes.OK;
    }
    report.violations().stream()
        .limit(limit)
        .forEach(
            v ->
                out.printf(
                    "%s  %s  %s%s  %s%n",
                    v.severity(),
                    v.focus(),
                    v.path().isEmpty() ? "" : v.path() + " ",
                    v.value(),
                    v.message()));
    if (report.violations().size() > limit) {
      out.printf("... and %d more%n", report.violations().size() - limit);
    }
    out.printf(
        "does not conform: %d results in %d triples%n",
        report.violations().size(), report.triples());
    out.flush();
    return ExitCodes.JOB_FAILED;
  }
}
