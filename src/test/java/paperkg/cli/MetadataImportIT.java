package paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperkg.neo4j.GraphStore;
import paperkg.testing.SampleServer;
import paperkg.testing.SharedStore;

/**
 * Real metadata records (OpenAlex, arXiv Atom/OAI, Crossref) through the CLI into the store:
 * affiliations with ROR ids, categories, one paper per work across sources, export → import, SHACL;
 * and a paged URL import.
 */
class MetadataImportIT {
  private static SampleServer server;
  @TempDir Path tmp;

  @BeforeAll
  static void start() {
    server = new SampleServer();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String sample(String name) {
    try {
      return Path.of(MetadataImportIT.class.getResource("/paperkg/source/samples/" + name).toURI())
          .toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private SeedGraph.Run importing(GraphStore graph, String... inputs) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "import",
                "--quiet",
                "--uri",
                graph.boltUri(),
                "--http-cache",
                tmp.resolve("http-cache").toString()));
    args.addAll(List.of(inputs));
    return SeedGraph.runCli(args.toArray(String[]::new));
  }

  private static long count(String cypher) {
    return SharedStore.count(cypher);
  }

  @Test
  void aCursorPagedUrlImportsFivePapersInTwoRequests() {
    GraphStore graph = SharedStore.empty();
    int before = server.hits("/works");
    var run = importing(graph, server.base() + "/works?filter=publication_year:2024&cursor=*");
    assertTrue(run.out().contains("imported 5 papers"), run.out());
    assertEquals(2, server.hits("/works") - before);
    assertEquals(5, count("MATCH (p:Paper) RETURN count(p)"));
    // the cache answers the second import: no request
    importing(graph, server.base() + "/works?filter=publication_year:2024&cursor=*");
    assertEquals(2, server.hits("/works") - before);
  }

  @Test
  void affiliationsCategoriesAndOnePaperPerWork() throws IOException {
    GraphStore graph = SharedStore.empty();
    // the arXiv side of the OpenAlex work W2101234009 (doi 10.48550/arxiv.1201.0490), in the
    // snapshot's shape
    Path arxiv = tmp.resolve("sklearn.jsonl");
    Files.writeString(
        arxiv,
        "{\"id\":\"1201.0490\",\"title\":\"Scikit-learn: Machine Learning in Python\","
            + "\"authors_parsed\":[[\"Pedregosa\",\"Fabian\",\"\"]],\"categories\":\"cs.LG cs.MS\","
            + "\"abstract\":\"Scikit-learn is a Python module.\",\"versions\":[{\"version\":\"v1\","
            + "\"created\":\"Mon, 2 Jan 2012 19:50:52 GMT\"}]}\n");
    importing(
        graph,
        sample("openalex_works_page1.json"),
        sample("arxiv_atom_affiliations.xml"),
        sample("arxiv_oai_listrecords_arXiv.xml"),
        sample("openalex_work_W2101234009.json"),
        arxiv.toString(),
        sample("crossref_work_single_srep16696.json"));
    assertEquals(
        5 + 1 + 3 + 1 + 1,
        count("MATCH (p:Paper) RETURN count(p)"),
        "the two scikit-learn records merge");
    assertEquals(
        1,
        count(
            "MATCH (p:Paper {id: '1201.0490'}) WHERE p.doi = '10.48550/arxiv.1201.0490' "
                + "AND p.arxivId = '1201.0490' RETURN count(p)"));
    assertEquals(
        2, count("MATCH (:Paper {id: '1201.0490'})-[:IN_CATEGORY]->(c:Category) RETURN count(c)"));
    assertEquals(
        1, count("MATCH (c:Category {code: 'cs.LG', name: 'Machine Learning'}) RETURN count(c)"));
    assertEquals(
        0,
        count(
            "MATCH (t:Topic) WHERE t.name IN ['Machine Learning', 'cs.LG', 'quant-ph'] RETURN count(t)"));
    // OpenAlex page 1: 3 distinct (author, institution) pairs, all with ROR
    assertEquals(
        3,
        count(
            "MATCH (a:Author)-[:AFFILIATED_WITH]->(o:Organisation) WHERE o.ror IN "
                + "['https://ror.org/048cwvf49', 'https://ror.org/03x1jna21'] RETURN count(*)"));
    assertEquals(
        1,
        count(
            "MATCH (o:Organisation {ror: 'https://ror.org/048cwvf49'}) "
                + "WHERE o.country = 'ZA' AND o.type = 'education' AND o.name = 'University of South Africa' RETURN count(o)"));
    // the Atom file's 4 authors, each affiliated
    assertEquals(
        4,
        count(
            "MATCH (a:Author)-[:AUTHORED]->(:Paper {id: 'astro-ph/0601001'}) "
                + "WHERE (a)-[:AFFILIATED_WITH]->(:Organisation) RETURN count(a)"));
    assertEquals(
        1,
        count("MATCH (a:Author {orcid: 'https://orcid.org/0000-0003-4025-3953'}) RETURN count(a)"));
    assertEquals(0, count("MATCH (p:Paper) WHERE p.abstract CONTAINS '<jats:' RETURN count(p)"));
    assertTrue(count("MATCH (p:Paper) WHERE size(p.externalTopics) > 0 RETURN count(p)") >= 5);

    var validate = SeedGraph.tryCli("validate", "--uri", graph.boltUri());
    assertEquals(0, validate.exitCode(), validate.out() + validate.err());

    List<String> before = ExportRoundTripIT.snapshot(graph);
    Path ttl = tmp.resolve("metadata.ttl");
    SeedGraph.runCli("export", "--quiet", "--uri", graph.boltUri(), "-o", ttl.toString());
    SharedStore.empty();
    SeedGraph.runCli("import", "--quiet", "--uri", graph.boltUri(), ttl.toString());
    assertEquals(before, ExportRoundTripIT.snapshot(graph), "export → import changes the graph");
  }

  @Test
  void a404UrlIsOneLineAndFails() {
    var run =
        SeedGraph.tryCli(
            "import",
            "--quiet",
            "--db",
            tmp.resolve("db404").toString(),
            server.base() + "/missing");
    assertEquals(2, run.exitCode(), run.err());
    assertEquals("paperkg: " + server.base() + "/missing: HTTP 404 Not Found", run.err().strip());
  }
}
