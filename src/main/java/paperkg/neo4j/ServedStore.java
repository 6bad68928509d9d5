package paperkg.neo4j;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * The store in {@code --db} held by a running {@code paperkg serve} (or {@code paperkg start}): the
 * command talks to it over Bolt and skips the store's start and shutdown, which is most of a short
 * command's time.
 */
final class ServedStore extends DriverStore {
  private ServedStore(Driver driver, String uri, String description) {
    super(driver, null, uri, description);
  }

  /** The serve that {@code <dir>/paperkg-serve.port} names, if it answers; empty otherwise. */
  static Optional<ServedStore> connect(Path dir) {
    OptionalInt port = ServePort.live(dir);
    if (port.isEmpty()) {
      return Optional.empty();
    }
    String uri = "bolt://127.0.0.1:" + port.getAsInt();
    Driver driver = GraphDatabase.driver(uri, AuthTokens.none(), driverConfig());
    try {
      driver.verifyConnectivity();
    } catch (Neo4jException e) {
      driver.close();
      return Optional.empty(); // something else took the port: not our serve
    }
    Path abs = dir.toAbsolutePath().normalize();
    return Optional.of(
        new ServedStore(driver, uri, "paperkg serve at " + uri + " (store " + abs + ")"));
  }
}
