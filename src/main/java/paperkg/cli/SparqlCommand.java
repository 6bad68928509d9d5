package paperkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.Callable;
import paperkg.neo4j.GraphExporter;
import paperkg.neo4j.GraphStore;
import paperkg.rdf.Sparql;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "sparql",
    mixinStandardHelpOptions = true,
    description = {
      "SPARQL (SELECT, ASK, CONSTRUCT, DESCRIBE) over the graph's RDF view, built from the store when the "
          + "query runs, so it is never stale. Our prefixes (pkg:, id:, dcterms:, skos:, schema:, foaf:, ...) need no "
          + "PREFIX line. The ontology is the named graph <https://paperkg.org/ontology>."
    })
final class SparqlCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Parameters(
      paramLabel = "QUERY",
      description = "The query, or @FILE to read it from a file (e.g. @query.rq).")
  String query;

  @Option(
      names = "--format",
      defaultValue = "table",
      description =
          "table | json | csv | tsv (default: ${DEFAULT-VALUE}); json is W3C SPARQL results JSON. "
              + "CONSTRUCT/DESCRIBE write Turtle, JSON-LD for json, N-Triples for csv/tsv.")
  Sparql.Format format;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "0",
      description = "Abort the query after this many seconds (0: no limit).")
  long timeout;

  @Override
  public Integer call() throws IOException {
    String text = CliFiles.textOrFile(query);
    Sparql.parse(text); // a syntax error fails before the store is opened
    try (GraphStore graph = store.openForReading();
        OutputStream out = CliFiles.stream(spec.commandLine().getOut())) {
      Sparql.run(Sparql.dataset(GraphExporter.toGraph(graph)), text, format, timeout, out);
    }
    return 0;
  }
}
