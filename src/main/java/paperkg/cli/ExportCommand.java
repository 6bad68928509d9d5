package paperkg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.commons.io.output.WriterOutputStream;
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

@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Write the graph as RDF under the paperkg ontology (relationship properties as rdf:Statement reifications).")
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Option(names = "--format", defaultValue = "ttl",
      description = "ttl | nt | jsonld | rdfxml | trig (default: ${DEFAULT-VALUE}); ttl, nt and trig are streamed.")
  RdfOutput.Syntax format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path output;

  @Option(names = "--quiet", description = "No summary on standard error.")
  boolean quiet;

  @Override
  public Integer call() {
    GraphExporter.Counts counts;
    try (GraphStore graph = store.open(); OutputStream out = open()) {
      counts = new GraphExporter(graph, OntologyMapping.standard()).export(RdfOutput.open(out, format));
    } catch (IOException e) {
      throw PaperkgException.badInput(output == null ? "-" : output.toString(), 0, "cannot write: " + e.getMessage());
    }
    if (!quiet) {
      PrintWriter err = spec.commandLine().getErr();
      err.printf("exported %d nodes and %d relationships%s%s%n", counts.nodes(), counts.relationships(),
          counts.skipped() > 0 ? "; left out " + counts.skipped() + " properties/relationships the ontology does not map" : "",
          output == null ? "" : " to " + output);
      err.flush();
    }
    return 0;
  }

  /** The file, or standard output as the command's own writer (so in-process runs and tests capture it). */
  private OutputStream open() throws IOException {
    if (output != null) {
      return new BufferedOutputStream(Files.newOutputStream(output));
    }
    PrintWriter writer = spec.commandLine().getOut();
    OutputStream toWriter = WriterOutputStream.builder().setWriter(writer).setCharset(StandardCharsets.UTF_8).get();
    return new java.io.FilterOutputStream(toWriter) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        out.flush(); // do not close the command's writer: picocli and the caller own it
        writer.flush();
      }
    };
  }
}
