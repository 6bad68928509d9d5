package paperkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import paperkg.cli.SeedGraph;

/**
 * The Browser page answers only once Bolt and the SPARQL endpoint are up: while the store is still
 * opening (held here by a latch), a request to the Browser's port gets no answer; once it is open,
 * the redirect names the Bolt port. Before, the page answered ~20 s before Bolt and its connection
 * failed.
 */
class ServeReadinessIT {
  @Test
  void theBrowserAnswersOnlyWhenEverythingIsUp() throws Exception {
    var store = SeedGraph.get();
    int httpPort;
    try (ServerSocket free = new ServerSocket(0)) {
      httpPort = free.getLocalPort();
    }
    CountDownLatch storeOpening = new CountDownLatch(1);
    var config = new PaperkgServer.Config("127.0.0.1", httpPort, 0, 2, null);
    CompletableFuture<PaperkgServer> starting =
        CompletableFuture.supplyAsync(
            () ->
                PaperkgServer.start(
                    config,
                    (cmd, hosts) -> {
                      try {
                        storeOpening.await(120, TimeUnit.SECONDS);
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                      return store;
                    },
                    false));
    awaitBound(httpPort);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest root =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/"))
            .timeout(Duration.ofSeconds(2))
            .GET()
            .build();

    // While the store opens: the port is taken, but nothing answers
    assertThrows(
        HttpTimeoutException.class, () -> http.send(root, HttpResponse.BodyHandlers.ofString()));

    storeOpening.countDown();
    try (PaperkgServer server = starting.get(120, TimeUnit.SECONDS)) {
      var ready = HttpRequest.newBuilder(root.uri()).timeout(Duration.ofSeconds(60)).GET().build();
      var response = http.send(ready, HttpResponse.BodyHandlers.ofString());
      assertEquals(302, response.statusCode());
      assertTrue(
          response.headers().firstValue("Location").orElse("").contains(server.urls().bolt()));
    }
  }

  private static void awaitBound(int port) throws InterruptedException {
    for (int i = 0; i < 600; i++) {
      try (Socket s = new Socket("127.0.0.1", port)) {
        return;
      } catch (java.io.IOException notYet) {
        Thread.sleep(100);
      }
    }
    throw new AssertionError("port " + port + " never bound");
  }
}
