package paperkg.neo4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store closed after reads only is closed without a shutdown checkpoint and opens again without
 * recovery; a store closed after a commit is checkpointed as before.
 */
class ShutdownCheckpointIT {
  private static final String SHUTDOWN_CHECKPOINT = "Checkpoint triggered by \"Database shutdown\"";

  @TempDir Path dir;

  @Test
  void readsSkipTheShutdownCheckpointAndWritesKeepIt() throws Exception {
    Path store = dir.resolve("store");
    Path log = store.resolve("logs/debug.log");

    // Given a store with one committed node (a new store: its first close checkpoints)
    write(store, "CREATE (:Probe {n: 1})");
    long afterCreate = count(log, SHUTDOWN_CHECKPOINT);
    assertEquals(2, afterCreate, "system (initialised) and neo4j (a new node)");

    // When it is opened twice more and only read
    assertEquals(1L, countProbes(store));
    assertEquals(1L, countProbes(store));

    // Then neither close checkpointed, and neither open recovered
    assertEquals(afterCreate, count(log, SHUTDOWN_CHECKPOINT));
    assertEquals(0, count(log, "ecover"), "no recovery after a close without checkpoint");

    // And a commit after those reads is checkpointed again (the neo4j database only), and stays
    write(store, "CREATE (:Probe {n: 2})");
    assertEquals(afterCreate + 1, count(log, SHUTDOWN_CHECKPOINT));
    assertEquals(2L, countProbes(store));
    assertEquals(0, count(log, "ecover"));
    assertFalse(Files.exists(store.resolve(StoreOwner.FILE)));
  }

  private static void write(Path store, String cypher) {
    try (GraphStore graph = EmbeddedStore.open(StoreSettings.embedded(store));
        var session = graph.session()) {
      session.run(cypher).consume();
    }
  }

  private static long countProbes(Path store) {
    try (GraphStore graph = EmbeddedStore.open(StoreSettings.embedded(store)).readOnly();
        var session = graph.session()) {
      return session.run("MATCH (p:Probe) RETURN count(p) AS n").single().get("n").asLong();
    }
  }

  private static long count(Path log, String text) throws Exception {
    try (var lines = Files.lines(log)) {
      return lines
          .filter(line -> line.contains(text))
          .filter(line -> !line.contains("completed in"))
          .count();
    }
  }
}
