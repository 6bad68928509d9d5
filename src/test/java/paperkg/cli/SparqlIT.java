package paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperkg.testing.SharedStore;

/** `paperkg sparql` on the seed graph agrees with Cypher, in every output format. */
class SparqlIT {
  private static final String COUNT_PAPERS =
      "SELECT (COUNT(?p) AS ?papers) WHERE { ?p a pkg:Paper }";

  @TempDir Path tmp;

  private static SeedGraph.Run sparql(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "sparql";
    all[1] = "--uri";
    all[2] = SeedGraph.get().boltUri();
    System.arraycopy(args, 0, all, 3, args.length);
    return SeedGraph.runCli(all);
  }

  @Test
  void countsThe87PapersLikeCypher() throws Exception {
    var run = sparql("--format", "json", COUNT_PAPERS);
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertEquals("papers", json.at("/head/vars/0").asText());
    assertEquals("87", json.at("/results/bindings/0/papers/value").asText(), run.out());
    assertEquals(87, SharedStore.count("MATCH (p:Paper) RETURN count(p)"));
  }

  @Test
  void tableCsvAndTsv() {
    assertTrue(sparql(COUNT_PAPERS).out().contains("| 87 "), "table");
    assertEquals("papers\r\n87\r\n", sparql("--format", "csv", COUNT_PAPERS).out());
    assertEquals("?papers\n87\n", sparql("--format", "tsv", COUNT_PAPERS).out());
  }

  @Test
  void relationshipPropertiesAreReachableThroughTheirReification() throws Exception {
    long cypher =
        SharedStore.count(
            "MATCH (:Paper)-[r:HAS_TOPIC]->(:Topic) WHERE r.rank = 1 RETURN count(r)");
    Path rq = tmp.resolve("top-topics.rq");
    Files.writeString(
        rq,
        """
        SELECT (COUNT(*) AS ?n) WHERE {
          ?s a rdf:Statement ; rdf:subject ?paper ; rdf:predicate pkg:hasTopic ; rdf:object ?topic ; pkg:rank 1 .
          ?paper pkg:hasTopic ?topic .
        }""");
    var run = sparql("--format", "csv", "@" + rq);
    assertEquals("n\r\n" + cypher + "\r\n", run.out());
  }

  @Test
  void askConstructAndTheOntologyGraph() {
    assertTrue(
        sparql("--format", "json", "ASK { ?p dcterms:title \"Densing Law of LLMs\" }")
            .out()
            .contains("\"boolean\" : true"));
    var construct =
        sparql("CONSTRUCT { ?p dcterms:title ?t } WHERE { ?p dcterms:title ?t } LIMIT 3");
    assertTrue(construct.out().contains("dcterms:title"), construct.out());
    var ontology =
        sparql(
            "--format",
            "csv",
            "SELECT ?c WHERE { GRAPH <https://paperkg.org/ontology> { ?c rdfs:subClassOf skos:Concept } } ORDER BY ?c");
    assertEquals(
        "c\r\nhttps://paperkg.org/ontology#Category\r\nhttps://paperkg.org/ontology#Topic\r\n",
        ontology.out());
  }

  @Test
  void theViewIsNeverStale() {
    var graph = SeedGraph.get();
    try (var session = graph.session()) {
      session.run("CREATE (:Paper {id: 'sparql-fresh', title: 'Fresh'})").consume();
      // not through sparql(...): SeedGraph.get() would see 88 papers and re-import the seed
      var run =
          SeedGraph.runCli("sparql", "--uri", graph.boltUri(), "--format", "csv", COUNT_PAPERS);
      assertEquals("papers\r\n88\r\n", run.out());
    } finally {
      try (var session = graph.session()) {
        session.run("MATCH (p:Paper {id: 'sparql-fresh'}) DELETE p").consume();
      }
    }
  }

  @Test
  void aSyntaxErrorIsOneLineAndExit2() {
    var run =
        SeedGraph.tryCli("sparql", "--uri", SeedGraph.get().boltUri(), "SELECT ?x WHERE { ?x ?y }");
    assertEquals(2, run.exitCode());
    assertTrue(
        run.err()
            .startsWith(
                "paperkg: SPARQL syntax error: Encountered \" \"}\" \"} \"\" at line 1, column 25."),
        run.err());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    var update =
        SeedGraph.tryCli("sparql", "--uri", SeedGraph.get().boltUri(), "DELETE WHERE { ?s ?p ?o }");
    assertEquals(2, update.exitCode());
    assertTrue(update.err().startsWith("paperkg: SPARQL Update is not supported"), update.err());
  }
}
