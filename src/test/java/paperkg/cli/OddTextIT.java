package paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperkg.testing.SharedStore;

/**
 * Titles and abstracts that try to break out of Cypher, SPARQL, Turtle or HTML, and unusual
 * Unicode: stored verbatim (read back through the CLI), nothing else in the graph touched, and the
 * emitted RDF parses back with Jena, Turtle and N-Triples alike.
 */
class OddTextIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** id → title; every title is also quoted inside its paper's abstract. */
  private static final Map<String, String> TITLES = new LinkedHashMap<>();

  static {
    TITLES.put("inj-cypher", "Robert'}) MATCH (n) DETACH DELETE n; // `x` $rows {id: 1}");
    TITLES.put("inj-quotes", "\"Double\" and 'single' quotes, back\\slash\\\\ and a literal \\n");
    TITLES.put("inj-sparql", "} ; DROP ALL ; INSERT DATA { <urn:a> <urn:b> \"c\" } # SPARQL");
    TITLES.put("inj-turtle", "\"\"\" long-string ''' delimiters ^^xsd:string @en . ; ,");
    TITLES.put("inj-html", "<script>alert(1)</script> & <> &amp; </title>");
    TITLES.put("inj-unicode", "Über naïve café — 中文 العربية 🚀 e\u0301 zero\u200Bwidth \u2028sep");
    TITLES.put("odd id/<>\"{}|^`\\ #?", "A paper whose id is not IRI-safe");
  }

  @TempDir Path dir;

  @Test
  void oddTextIsStoredVerbatimAndRdfParsesBack() throws Exception {
    // Given papers with hostile text
    Path input = dir.resolve("odd.jsonl");
    List<String> lines = new ArrayList<>();
    for (var e : TITLES.entrySet()) {
      lines.add(
          JSON.writeValueAsString(
              Map.of(
                  "id",
                  e.getKey(),
                  "title",
                  e.getValue(),
                  "abstract",
                  abstractOf(e.getValue()),
                  "authors",
                  List.of("O'Brien \"Quote\" <Author>"))));
    }
    Files.write(input, lines);
    var store = SharedStore.empty();
    Path ttl = dir.resolve("odd.ttl");
    Path nt = dir.resolve("odd.nt");

    // When they are imported (twice: once per RDF syntax)
    SeedGraph.runCli(
        "import",
        "--quiet",
        "--uri",
        store.boltUri(),
        "--rdf-out",
        ttl.toString(),
        input.toString());
    // (--force: an unchanged paper is otherwise skipped, and --rdf-out holds what this run
    // annotated)
    SeedGraph.runCli(
        "import",
        "--quiet",
        "--force",
        "--uri",
        store.boltUri(),
        "--rdf-out",
        nt.toString(),
        input.toString());

    // Then each reads back verbatim through `query`, and nothing was deleted
    var run =
        SeedGraph.runCli(
            "query",
            "--uri",
            store.boltUri(),
            "--format",
            "json",
            "MATCH (p:Paper) RETURN p.id AS id, p.title AS title, p.abstract AS abstract");
    Map<String, String> titles = new LinkedHashMap<>();
    for (JsonNode row : JSON.readTree(run.out())) {
      titles.put(row.get("id").asText(), row.get("title").asText());
      assertEquals(abstractOf(row.get("title").asText()), row.get("abstract").asText());
    }
    assertEquals(TITLES, titles);
    assertEquals(1, SharedStore.count("MATCH (a:Author) RETURN count(a)"));

    // And a hostile value as a --param matches as a value, not as Cypher
    String cypher = TITLES.get("inj-cypher");
    var byTitle =
        SeedGraph.runCli(
            "query",
            "--uri",
            store.boltUri(),
            "--format",
            "csv",
            "MATCH (p:Paper {title: $t}) RETURN p.id AS id",
            "--param",
            "t=" + cypher);
    assertEquals(
        List.of("id", "inj-cypher"), byTitle.out().strip().lines().map(String::strip).toList());
    assertEquals(TITLES.size(), SharedStore.count("MATCH (p:Paper) RETURN count(p)"));

    // And the RDF parses back with Jena, with the same titles
    for (Path rdf : List.of(ttl, nt)) {
      Model model = RDFDataMgr.loadModel(rdf.toString());
      Set<String> rdfTitles = new TreeSet<>();
      model
          .listObjectsOfProperty(DCTerms.title)
          .forEach(o -> rdfTitles.add(o.asLiteral().getLexicalForm()));
      assertEquals(new TreeSet<>(TITLES.values()), rdfTitles, rdf.toString());
    }
  }

  private static String abstractOf(String title) {
    return "We study \"" + title + "\" as text.";
  }

  @Test
  void queryTimeoutIsOneLineAndExitCode1() {
    var store = SharedStore.get();
    var run =
        SeedGraph.tryCli(
            "query",
            "--uri",
            store.boltUri(),
            "--timeout",
            "1",
            "UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b RETURN count(*)");
    assertEquals(1, run.exitCode(), run.err());
    assertEquals("paperkg: query timed out after 1 s (--timeout)", run.err().strip());
    assertTrue(run.out().isEmpty(), run.out());
  }
}
