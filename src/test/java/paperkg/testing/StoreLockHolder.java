package paperkg.testing;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import paperkg.neo4j.GraphStore;
import paperkg.neo4j.StoreSettings;

/**
 * A child process for lock tests: opens the embedded store in {@code args[0]}, writes one node,
 * prints "ready", waits for a line on stdin, then counts the nodes (proving the store still works),
 * prints the count and closes the store.
 */
public final class StoreLockHolder {
  private StoreLockHolder() {}

  public static void main(String[] args) throws Exception {
    try (GraphStore store = GraphStore.open(StoreSettings.embedded(Path.of(args[0])));
        var session = store.session()) {
      session.executeWriteWithoutResult(tx -> tx.run("CREATE (:Probe {id: 'held'})").consume());
      System.out.println("ready " + store.boltUri());
      System.out.flush();
      new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      long n = session.run("MATCH (p:Probe) RETURN count(p)").single().get(0).asLong();
      System.out.println("probes " + n);
    }
  }
}
