package paperkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/**
 * The shapes on small graphs: what the importer writes conforms, each kind of breakage is reported.
 */
class ShaclCheckTest {
  private static final OntologyMapping MAPPING = OntologyMapping.standard();

  private static Graph graph(FactsBuilder b) {
    Graph g = GraphFactory.createDefaultGraph();
    b.build().triples().forEach(g::add);
    return g;
  }

  private static FactsBuilder wellFormed() {
    FactsBuilder b = new FactsBuilder(MAPPING);
    var paper =
        b.node(
            "Paper",
            "2511.00001",
            Map.of(
                "title",
                "A paper",
                "upvotes",
                3L,
                "published",
                java.time.LocalDate.of(2025, 11, 5),
                "keywords",
                List.of("graphs")));
    var topic =
        b.node(
            "Topic",
            "knowledge-graph",
            Map.of("name", "knowledge graph", "altNames", List.of("KG")));
    var method = b.node("Method", "bert", Map.of("name", "BERT", "kind", "model"));
    b.edge(
        paper, "HAS_TOPIC", topic, Map.of("score", 0.5, "rank", 1L, "evidence", "We build a KG."));
    b.edge(paper, "USES", method, Map.of("evidence", "We use BERT."));
    var author = b.node("Author", "ada", Map.of("name", "Ada"));
    b.edge(author, "AUTHORED", paper, Map.of("position", 1L));
    return b;
  }

  @Test
  void whatTheBuilderWritesConforms() {
    var report = ShaclCheck.validate(graph(wellFormed()));
    assertTrue(report.conforms(), () -> report.violations().toString());
  }

  @Test
  void reportsMissingTitleWrongKindAndWrongDatatype() {
    FactsBuilder b = wellFormed();
    b.node("Paper", "untitled", Map.of("upvotes", 1L));
    b.node("Method", "m", Map.of("name", "M", "kind", "banana"));
    Graph g = graph(b);
    // upvotes as a string literal: what a hand-written RDF file might contain
    g.add(
        MAPPING.iri("Paper", "2511.00001"),
        MAPPING.nodeKey("Paper", "authorCount").get().property(),
        org.apache.jena.graph.NodeFactory.createLiteralString("three"));
    var report = ShaclCheck.validate(g);
    assertFalse(report.conforms());
    // 4: "three" breaks both the datatype and minInclusive of authorCount
    assertEquals(4, report.violations().size(), report.violations().toString());
    assertTrue(
        report.violations().stream()
            .anyMatch(v -> v.focus().equals("paper:untitled") && v.path().contains("title")));
    assertTrue(
        report.violations().stream()
            .anyMatch(v -> v.focus().equals("method:m") && v.value().contains("banana")));
    assertTrue(report.violations().stream().anyMatch(v -> v.path().equals("pkg:authorCount")));
  }

  @Test
  void aReificationOfAnUnassertedTripleIsReported() {
    FactsBuilder b = wellFormed();
    Graph g = graph(b);
    var paper = MAPPING.iri("Paper", "2511.00001");
    var topic = MAPPING.iri("Topic", "knowledge-graph");
    g.delete(
        org.apache.jena.graph.Triple.create(paper, MAPPING.propertyOfType("HAS_TOPIC"), topic));
    var report = ShaclCheck.validate(g);
    assertFalse(report.conforms());
    assertTrue(
        report.violations().stream().anyMatch(v -> v.message().contains("not asserted")),
        report.violations().toString());
  }

  @Test
  void shapesParseFromTheShippedFile() throws Exception {
    // the resource is the repository's ontology/shapes.ttl: it must stay plain Turtle
    try (var in = ShaclCheck.class.getResourceAsStream("/paperkg/ontology/shapes.ttl")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(text.contains("pkgsh:PaperShape"));
      var g = GraphFactory.createDefaultGraph();
      org.apache.jena.riot.RDFParser.source(
              new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
          .lang(org.apache.jena.riot.Lang.TURTLE)
          .parse(g);
      for (var label : MAPPING.labels()) {
        assertTrue(
            g.contains(
                org.apache.jena.graph.Node.ANY,
                org.apache.jena.shacl.vocabulary.SHACL.targetClass,
                label.type()),
            "no shape for " + label.label());
      }
    }
  }
}
