package paperkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import paperkg.cli.SeedGraph;

/**
 * The Browser, the guide and the SPARQL endpoint of {@code serve} over real HTTP, on the shared
 * seed store (so Neo4j and Fuseki's Jetty run in one JVM). The endpoint must count the same 87
 * papers as Cypher.
 */
class ServeIT {
  private static final String COUNT =
      "SELECT (COUNT(?p) AS ?papers) WHERE { ?p a <https://paperkg.org/ontology#Paper> }";
  private static PaperkgServer server;
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @BeforeAll
  static void start() {
    SeedGraph.get();
    server =
        PaperkgServer.start(
            new PaperkgServer.Config("127.0.0.1", 0, 0, 2, null),
            (cmd, hosts) -> SeedGraph.get(),
            false);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> get(String url, String accept)
      throws IOException, InterruptedException {
    var request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", accept)
            .GET()
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(
      String url, String contentType, String body, String accept)
      throws IOException, InterruptedException {
    var request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", contentType)
            .header("Accept", accept)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static String query(String q) {
    return server.urls().sparql() + "?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
  }

  @Test
  void rootRedirectsToTheBrowserWithTheConnectionPreset() throws Exception {
    var response = get(server.urls().browser(), "text/html");
    assertEquals(302, response.statusCode());
    assertEquals(
        "/browser/?connectURL=" + server.urls().bolt() + "&preselectAuthMethod=NO_AUTH",
        response.headers().firstValue("Location").orElseThrow());
  }

  @Test
  void theBrowserIndexAndItsScriptsAreServed() throws Exception {
    var index = get(server.urls().browser() + "browser/", "text/html");
    assertEquals(200, index.statusCode());
    assertTrue(index.body().contains("<title>Neo4j Browser</title>"), index.body());
    var script = index.body().replaceAll("(?s).*<script src=\"(app-[^\"]+\\.js)\".*", "$1");
    var app = get(server.urls().browser() + "browser/" + script, "*/*");
    assertEquals(200, app.statusCode(), script);
    assertTrue(app.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
    assertEquals(404, get(server.urls().browser() + "browser/nothing-here.js", "*/*").statusCode());
    assertEquals(
        400,
        get(server.urls().browser() + "browser/../paperkg/ontology/paperkg.ttl", "*/*")
            .statusCode());
  }

  @Test
  void theGuideListsTheQueryLibrary() throws Exception {
    var guide = get(server.urls().guide(), "text/html");
    assertEquals(200, guide.statusCode());
    assertEquals("*", guide.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    assertTrue(guide.body().contains("<h3>top-topics</h3>"), guide.body());
    assertTrue(
        guide
            .body()
            .contains("<pre class=\"runnable\">:params {topic: \"large language model\"}</pre>"),
        guide.body());
    assertTrue(
        guide.body().contains("<pre class=\"runnable\">MATCH (p:Paper)-[:HAS_TOPIC]-&gt;(t:Topic)"),
        guide.body());
  }

  @Test
  void sparqlProtocolCountsThe87Papers() throws Exception {
    var json = get(query(COUNT), "application/sparql-results+json");
    assertEquals(200, json.statusCode(), json.body());
    assertEquals(
        "87",
        new ObjectMapper().readTree(json.body()).at("/results/bindings/0/papers/value").asText());
    var csv =
        post(
            server.urls().sparql(),
            "application/x-www-form-urlencoded",
            "query=" + URLEncoder.encode(COUNT, StandardCharsets.UTF_8),
            "text/csv");
    assertEquals("papers\r\n87\r\n", csv.body());
    var xml =
        post(
            server.urls().sparql(),
            "application/sparql-query",
            COUNT,
            "application/sparql-results+xml");
    assertTrue(
        xml.body()
            .contains(
                "<literal datatype=\"http://www.w3.org/2001/XMLSchema#integer\">87</literal>"),
        xml.body());
  }

  @Test
  void updatesAreRefused() throws Exception {
    String update =
        "INSERT DATA { <https://paperkg.org/id/paper/x> a <https://paperkg.org/ontology#Paper> }";
    var directResponse = post(server.urls().sparql(), "application/sparql-update", update, "*/*");
    var formResponse =
        post(
            server.urls().sparql(),
            "application/x-www-form-urlencoded",
            "update=" + URLEncoder.encode(update, StandardCharsets.UTF_8),
            "*/*");
    // The statuses docs/SERVE.md gives, and a reason a user can read (not "no query").
    assertEquals(415, directResponse.statusCode(), directResponse.body());
    assertEquals(400, formResponse.statusCode(), formResponse.body());
    assertTrue(directResponse.body().contains("read-only"), directResponse.body());
    assertTrue(formResponse.body().contains("read-only"), formResponse.body());
    int direct = directResponse.statusCode();
    int form = formResponse.statusCode();
    int endpoint =
        post(
                server.urls().sparql().replace("/sparql", "/update"),
                "application/sparql-update",
                update,
                "*/*")
            .statusCode();
    for (int status : new int[] {direct, form, endpoint}) {
      assertTrue(status >= 400 && status < 500, "update answered " + status);
    }
    assertEquals("papers\r\n87\r\n", get(query(COUNT), "text/csv").body());
  }

  @Test
  void theViewFollowsWritesToTheStore() throws Exception {
    var store = server.store();
    try (var session = store.session()) {
      session.run("CREATE (:Paper {id: 'serve-fresh', title: 'Fresh'})").consume();
      assertEquals("papers\r\n88\r\n", get(query(COUNT), "text/csv").body());
    } finally {
      try (var session = store.session()) {
        session.run("MATCH (p:Paper {id: 'serve-fresh'}) DELETE p").consume();
      }
    }
    assertEquals("papers\r\n87\r\n", get(query(COUNT), "text/csv").body());
  }

  @Test
  void aLongQueryTimesOut() throws Exception {
    long start = System.nanoTime();
    var response =
        get(query("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"), "text/csv");
    double seconds = (System.nanoTime() - start) / 1e9;
    assertTrue(
        response.statusCode() >= 500
            || response.statusCode() == 408
            || response.statusCode() == 400,
        response.statusCode() + " " + response.body());
    assertTrue(seconds < 30, "took " + seconds + " s");
  }
}
