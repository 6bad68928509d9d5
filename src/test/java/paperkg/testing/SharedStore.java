package paperkg.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import paperkg.neo4j.GraphStore;
import paperkg.neo4j.StoreSettings;

/**
 * One embedded Neo4j per test JVM (it takes seconds to start and stop). Tests that need an empty
 * graph call {@link #empty()}; the store is shut down when the JVM exits.
 */
public final class SharedStore {
  private static GraphStore store;
  private static Path dir;

  private SharedStore() {}

  public static synchronized GraphStore get() {
    if (store == null) {
      try {
        dir = Files.createTempDirectory("paperkg-it-store");
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      store = GraphStore.open(StoreSettings.embedded(dir));
      Runtime.getRuntime().addShutdownHook(new Thread(store::close));
    }
    return store;
  }

  public static Path dir() {
    get();
    return dir;
  }

  /** The shared store with all nodes, relationships deleted (schema kept). */
  public static GraphStore empty() {
    GraphStore s = get();
    try (var session = s.session()) {
      session.executeWriteWithoutResult(
          tx -> tx.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS").consume());
    } catch (RuntimeException e) {
      try (var session = s.session()) {
        session.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS").consume();
      }
    }
    return s;
  }

  /** A single number from a query, for assertions. */
  public static long count(String cypher) {
    try (var session = get().session()) {
      return session.run(cypher).single().get(0).asLong();
    }
  }
}
