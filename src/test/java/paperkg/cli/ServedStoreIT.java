package paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperkg.neo4j.GraphStore;
import paperkg.neo4j.ServePort;
import paperkg.testing.SharedStore;

/**
 * A command on a --db whose serve is running talks to that serve over Bolt instead of opening the
 * store. The running serve is played by the shared test store: its Bolt port goes into {@code
 * <db>/paperkg-serve.port}.
 */
class ServedStoreIT {
  @TempDir Path db;

  @Test
  void queryGoesToTheRunningServe() throws Exception {
    // Given a node only the shared store has, and its Bolt port recorded in an otherwise empty --db
    GraphStore served = SharedStore.get();
    String marker = UUID.randomUUID().toString();
    try (var session = served.session()) {
      session.executeWriteWithoutResult(
          tx -> tx.run("CREATE (:ServeProbe {id: $id})", Map.of("id", marker)).consume());
    }
    ServePort.write(db, URI.create(served.boltUri()).getPort());

    // When
    var run =
        SeedGraph.runCli(
            "query",
            "--db",
            db.toString(),
            "--format",
            "csv",
            "--param",
            "id=" + marker,
            "MATCH (n:ServeProbe {id: $id}) RETURN n.id AS id");

    // Then the answer came from the serve, and no store was created in --db
    assertTrue(run.out().contains(marker), run.out());
    assertFalse(Files.exists(db.resolve("data")), "the command opened a store of its own");
    try (var session = served.session()) {
      session.executeWriteWithoutResult(
          tx -> tx.run("MATCH (n:ServeProbe {id: $id}) DELETE n", Map.of("id", marker)).consume());
    }
  }

  @Test
  void statsGoesToTheRunningServe() {
    GraphStore served = SharedStore.get();
    ServePort.write(db, URI.create(served.boltUri()).getPort());

    var run = SeedGraph.runCli("stats", "--db", db.toString(), "--format", "json");

    assertEquals('[', run.out().strip().charAt(0), run.out());
    assertFalse(Files.exists(db.resolve("data")), "the command opened a store of its own");
  }

  @Test
  void stopOnAForegroundServeFailsAndSaysWhy() {
    // Given a --db held by a serve that `start` did not begin (no pid file, only the port)
    GraphStore served = SharedStore.get();
    ServePort.write(db, URI.create(served.boltUri()).getPort());

    var status = SeedGraph.tryCli("status", "--db", db.toString());
    var stop = SeedGraph.tryCli("stop", "--db", db.toString());

    // Then status says it runs, and stop does not claim "not running" with exit 0
    assertEquals(0, status.exitCode(), status.out() + status.err());
    assertEquals(1, stop.exitCode(), stop.out() + stop.err());
    assertFalse(stop.out().startsWith("not running"), stop.out());
    assertTrue(stop.err().contains("foreground"), stop.err());
    assertTrue(stop.err().contains("Ctrl-C"), stop.err());
  }
}
