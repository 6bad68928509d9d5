package paperkg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import paperkg.PaperkgException;
import paperkg.neo4j.GraphExporter;
import paperkg.neo4j.GraphStore;
import paperkg.rdf.OntologyMapping;
import paperkg.rdf.RdfOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description =
        "Write the graph as RDF under the paperkg ontology (relationship properties as rdf:Statement reifications).")
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Option(
      names = "--format",
      defaultValue = "ttl",
      description =
          "ttl | nt | jsonld | rdfxml | trig (default: ${DEFAULT-VALUE}); ttl, nt and trig are streamed.")
  RdfOutput.Syntax format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  Path output;

  @Option(
      names = {"-q", "--quiet"},
      description = "No summary on standard error.")
  boolean quiet;

  @Override
  public Integer call() {
    GraphExporter.Counts counts;
    long start;
    try (GraphStore graph = store.openForReading();
        OutputStream out = open()) {
      start = System.nanoTime();
      counts =
          new GraphExporter(graph, OntologyMapping.standard()).export(RdfOutput.open(out, format));
    } catch (IOException e) {
      throw PaperkgException.badInput(
          output == null ? "-" : output.toString(), 0, "cannot write: " + e.getMessage());
    }
    if (!quiet) {
      PrintWriter err = spec.commandLine().getErr();
      err.printf(
          "exported %d nodes and %d relationships%s%s in %.1f s%n",
          counts.nodes(),
          counts.relationships(),
          counts.skipped() > 0
              ? "; left out "
                  + counts.skipped()
                  + " properties/relationships the ontology does not map"
              : "",
          output == null ? "" : " to " + output,
          Timing.since(start));
      err.flush();
    }
    return 0;
  }

  private OutputStream open() throws IOException {
    return output != null
        ? new BufferedOutputStream(Files.newOutputStream(output))
        : CliFiles.stream(spec.commandLine().getOut());
  }
}
