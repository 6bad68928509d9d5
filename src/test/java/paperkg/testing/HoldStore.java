package paperkg.testing;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import paperkg.neo4j.GraphStore;
import paperkg.neo4j.ServePort;
import paperkg.neo4j.StoreSettings;

/**
 * Stands in for {@code paperkg serve} when measuring commands against a running server
 * (docs/PERFORMANCE.md): opens the store in args[0], records its Bolt port in paperkg-serve.port,
 * and holds it until stdin closes.
 */
public final class HoldStore {
  private HoldStore() {}

  public static void main(String... args) throws Exception {
    Path dir = Path.of(args[0]);
    try (GraphStore store = GraphStore.open(StoreSettings.embedded(dir))) {
      ServePort.write(dir, URI.create(store.boltUri()).getPort());
      System.out.println("holding " + dir + " at " + store.boltUri());
      System.in.transferTo(java.io.OutputStream.nullOutputStream());
    } finally {
      Files.deleteIfExists(ServePort.file(dir));
    }
  }
}
