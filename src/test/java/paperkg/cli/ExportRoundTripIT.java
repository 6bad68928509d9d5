package paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperkg.neo4j.CypherRunner;
import paperkg.neo4j.GraphStore;
import paperkg.testing.SharedStore;

/**
 * The seed graph exported in every syntax: each file parses in Jena RIOT and in Eclipse RDF4J Rio
 * to the same triples, and importing it into an empty store gives back the same graph — labels,
 * relationship types, counts and every property.
 */
class ExportRoundTripIT {
  private static final Map<String, RDFFormat> RIO =
      Map.of(
          "ttl",
          RDFFormat.TURTLE,
          "nt",
          RDFFormat.NTRIPLES,
          "jsonld",
          RDFFormat.JSONLD,
          "rdfxml",
          RDFFormat.RDFXML,
          "trig",
          RDFFormat.TRIG);
  private static final Map<String, String> EXTENSION =
      Map.of("ttl", "ttl", "nt", "nt", "jsonld", "jsonld", "rdfxml", "rdf", "trig", "trig");

  @TempDir Path tmp;

  @Test
  void everyFormatParsesInTwoParsersAndRoundTripsLosslessly() throws IOException {
    GraphStore graph = SeedGraph.get();
    List<String> before = snapshot(graph);
    // 87 papers with their authors, topics, methods, organisations and edges: several hundred lines
    // at least
    assertTrue(before.size() > 500, "the seed graph is not empty: " + before.size());
    long triples = -1;
    for (String format : List.of("ttl", "nt", "trig", "jsonld", "rdfxml")) {
      Path file = tmp.resolve("seed." + EXTENSION.get(format));
      SeedGraph.runCli(
          "export", "--quiet", "--uri", graph.boltUri(), "--format", format, "-o", file.toString());
      long jena = jenaTriples(file);
      long rdf4j = rdf4jTriples(file, RIO.get(format));
      assertEquals(jena, rdf4j, format + ": Jena and RDF4J read different triples");
      if (triples < 0) {
        triples = jena;
      }
      assertEquals(triples, jena, format + " has other triples than ttl");
    }
    for (String format : List.of("ttl", "nt", "trig", "jsonld", "rdfxml")) {
      Path file = tmp.resolve("seed." + EXTENSION.get(format));
      SharedStore.empty();
      SeedGraph.runCli("import", "--quiet", "--uri", graph.boltUri(), file.toString());
      assertEquals(
          before, snapshot(graph), "the graph after export → import (" + format + ") differs");
    }
  }

  @Test
  void exportToStandardOutputIsTurtle() {
    GraphStore graph = SeedGraph.get();
    var run = SeedGraph.runCli("export", "--uri", graph.boltUri());
    assertTrue(
        run.out().contains("PREFIX pkg: <https://paperkg.org/ontology#>"),
        run.out().substring(0, 300));
    assertTrue(run.out().contains("pkg:Paper"));
    assertTrue(run.err().contains("exported "), run.err());
    Graph g = GraphFactory.createDefaultGraph();
    RDFParser.fromString(run.out(), org.apache.jena.riot.Lang.TURTLE).parse(g);
    assertTrue(g.size() > 5000);
  }

  private static long jenaTriples(Path file) {
    Graph g = GraphFactory.createDefaultGraph();
    var sink = StreamRDFLib.graph(g);
    RDFParser.source(file)
        .parse(
            new org.apache.jena.riot.system.StreamRDFWrapper(sink) {
              @Override
              public void quad(org.apache.jena.sparql.core.Quad quad) {
                sink.triple(quad.asTriple());
              }
            });
    return g.size();
  }

  private static long rdf4jTriples(Path file, RDFFormat format) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      Model model = Rio.parse(in, "", format);
      return model.size();
    }
  }

  /** Every node and relationship with all its properties, as sorted canonical strings. */
  static List<String> snapshot(GraphStore graph) {
    CypherRunner runner = new CypherRunner(graph);
    List<String> lines = new ArrayList<>();
    for (var row :
        runner.run("MATCH (n) RETURN labels(n) AS l, properties(n) AS p", Map.of(), 0).rows()) {
      lines.add("node " + canonical(row.get(0)) + " " + canonical(row.get(1)));
    }
    for (var row :
        runner
            .run(
                "MATCH (a)-[r]->(b) RETURN labels(a)[0] + ':' + a.id, type(r), labels(b)[0] + ':' + b.id, "
                    + "properties(r)",
                Map.of(),
                0)
            .rows()) {
      lines.add(
          "rel " + row.get(0) + " " + row.get(1) + " " + row.get(2) + " " + canonical(row.get(3)));
    }
    lines.sort(null);
    return lines;
  }

  /**
   * Maps with sorted keys and lists sorted: RDF keeps no order among the values of one property.
   */
  private static String canonical(Object value) {
    if (value instanceof Map<?, ?> m) {
      Map<String, String> sorted = new TreeMap<>();
      m.forEach((k, v) -> sorted.put(String.valueOf(k), canonical(v)));
      return sorted.toString();
    } else if (value instanceof List<?> l) {
      return l.stream().map(ExportRoundTripIT::canonical).sorted().toList().toString();
    }
    return value == null ? "null" : value.getClass().getSimpleName() + ":" + value;
  }
}
