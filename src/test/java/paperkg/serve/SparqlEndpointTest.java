package paperkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real Fuseki endpoint over real HTTP on a small in-memory graph (no Neo4j): the CLI's prefixes
 * work there, instance IRIs have a prefixed form, and a request without a query is a quick 400 that
 * never builds the view.
 */
class SparqlEndpointTest {
  private static final String TTL =
      """
      @prefix pkg: <https://paperkg.org/ontology#> .
      <https://paperkg.org/id/paper/2511.03506> a pkg:Paper ; pkg:title "Densing Law" ;
          pkg:hasTopic <https://paperkg.org/id/topic/large-language-model> ;
          pkg:mentions <https://paperkg.org/id/org/openbmb> .
      <https://paperkg.org/id/org/openbmb> a pkg:Organisation ; pkg:name "OpenBMB" .
      """;
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final AtomicInteger BUILDS = new AtomicInteger();
  private static SparqlEndpoint endpoint;

  @BeforeAll
  static void start() {
    DatasetGraph ds = DatasetGraphFactory.createTxnMem();
    RDFParser.fromString(TTL, Lang.TURTLE).parse(ds);
    endpoint =
        SparqlEndpoint.start(
            0,
            true,
            null,
            () -> {
              BUILDS.incrementAndGet();
              return ds;
            },
            () -> 1,
            10_000);
  }

  @AfterAll
  static void stop() {
    endpoint.close();
  }

  private static String url() {
    return "http://127.0.0.1:" + endpoint.port() + SparqlEndpoint.DATASET + "/sparql";
  }

  private static HttpResponse<String> get(String query) throws Exception {
    String u =
        query == null
            ? url()
            : url() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    var request =
        HttpRequest.newBuilder(URI.create(u))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "text/csv")
            .GET()
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theCliPrefixesArePredeclared() throws Exception {
    var r = get("SELECT ?t WHERE { ?p pkg:hasTopic ?t }");
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("t\r\nhttps://paperkg.org/id/topic/large-language-model\r\n", r.body());
  }

  @Test
  void instancesHaveAPrefixedForm() throws Exception {
    var byClass = get("SELECT ?n WHERE { organisation:openbmb pkg:name ?n }");
    assertEquals("n\r\nOpenBMB\r\n", byClass.body());
    // the id: form needs the slash escaped, as SPARQL's prefixed-name grammar says
    var escaped = get("SELECT ?n WHERE { id:org\\/openbmb pkg:name ?n }");
    assertEquals("n\r\nOpenBMB\r\n", escaped.body());
    var paper = get("ASK { paper:2511.03506 pkg:mentions organisation:openbmb }");
    assertEquals(200, paper.statusCode(), paper.body());
    assertTrue(paper.body().contains("true"), paper.body());
  }

  @Test
  void aQueryMayStillDeclareItsOwnPrefixes() throws Exception {
    var r = get("PREFIX pkg: <urn:other#> SELECT (COUNT(*) AS ?n) WHERE { ?p pkg:hasTopic ?t }");
    assertEquals("n\r\n0\r\n", r.body());
  }

  @Test
  void aGetWithoutAQueryIsAQuick400() throws Exception {
    int before = BUILDS.get();
    var r = get(null);
    assertEquals(400, r.statusCode(), r.body());
    assertTrue(r.body().contains("no query"), r.body());
    assertEquals(before, BUILDS.get(), "the view was built for a request without a query");
  }

  @Test
  void syntaxErrorsKeepTheirLineNumbers() throws Exception {
    var r = get("SELECT ?x\nWHERE { ?x ?y }");
    assertEquals(400, r.statusCode());
    assertTrue(r.body().contains("line 2"), r.body());
  }
}
