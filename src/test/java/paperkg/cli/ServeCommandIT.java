package paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import picocli.CommandLine;

/**
 * The serve command itself on its own (empty) store: the port file while it runs and gone after,
 * the SPARQL view following a write made over Bolt, and the refusal to bind beyond loopback without
 * a password.
 */
class ServeCommandIT {
  @TempDir Path db;

  @Test
  void servesWritesThePortFileAndCleansUp() throws Exception {
    ServeCommand serve = new ServeCommand();
    StringWriter out = new StringWriter();
    CommandLine sub = new CommandLine(serve);
    sub.setOut(new PrintWriter(out, true));
    Thread thread =
        new Thread(
            () ->
                sub.execute(
                    "--db",
                    db.toString(),
                    "--bolt-port",
                    "0",
                    "--http-port",
                    "0",
                    "--sparql-port",
                    "0"));
    thread.start();
    Path portFile = paperkg.neo4j.ServePort.file(db);
    for (int i = 0; i < 600 && !out.toString().contains("Ctrl-C stops"); i++) {
      Thread.sleep(100);
    }
    try {
      assertTrue(Files.exists(portFile), out.toString());
      String port = Files.readString(portFile).strip();
      String bolt = "bolt://127.0.0.1:" + port;
      assertTrue(out.toString().contains("Bolt             " + bolt), out.toString());
      String sparql = out.toString().replaceAll("(?s).*SPARQL endpoint  (\\S+).*", "$1");
      assertEquals("papers\r\n0\r\n", count(sparql));
      try (var driver = GraphDatabase.driver(bolt, AuthTokens.none());
          var session = driver.session()) {
        session.run("CREATE (:Paper {id: 'p1', title: 'One'})").consume();
      }
      assertEquals("papers\r\n1\r\n", count(sparql));
    } finally {
      serve.stop();
      thread.join(60_000);
    }
    assertFalse(thread.isAlive());
    assertFalse(Files.exists(portFile), "the port file outlived serve");
    assertTrue(
        out.toString()
            .strip()
            .endsWith("stopped serving the store " + db.toAbsolutePath().normalize()),
        out.toString());
  }

  @Test
  void refusesANonLoopbackBindWithoutAPassword() {
    var run = SeedGraph.tryCli("serve", "--db", db.toString(), "--bind", "0.0.0.0");
    assertEquals(2, run.exitCode());
    assertTrue(
        run.err()
            .startsWith("paperkg: --bind 0.0.0.0 reaches beyond this machine: set NEO4J_PASSWORD"),
        run.err());
  }

  private static String count(String sparql) throws Exception {
    String q =
        "SELECT (COUNT(?p) AS ?papers) WHERE { ?p a pkg:Paper }"
            .replace("pkg:Paper", "<https://paperkg.org/ontology#Paper>");
    var request =
        HttpRequest.newBuilder(
                URI.create(sparql + "?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
            .header("Accept", "text/csv")
            .GET()
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
  }
}
