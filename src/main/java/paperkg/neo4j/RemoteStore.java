package paperkg.neo4j;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import paperkg.PaperkgException;

/** A Neo4j server, cluster or Aura at {@code --uri}. */
final class RemoteStore extends DriverStore {
  private RemoteStore(Driver driver, StoreSettings settings) {
    super(driver, settings.database(), settings.uri(), settings.uri());
  }

  /**
   * Connects to a remote Neo4j. Every failure (bad URI, unreachable, TLS mismatch, wrong password)
   * is one line and exit 3 within the connection timeout; the password is never part of a message.
   */
  static RemoteStore open(StoreSettings settings) {
    AuthToken auth =
        settings.password() == null
            ? AuthTokens.none()
            : AuthTokens.basic(
                settings.user() == null ? "neo4j" : settings.user(), settings.password());
    Driver driver;
    try {
      driver = GraphDatabase.driver(settings.uri(), auth, driverConfig());
    } catch (IllegalArgumentException e) {
      throw PaperkgException.unavailable(
          "cannot connect to "
              + settings.uri()
              + ": "
              + GraphStore.firstLine(e)
              + " (expected bolt://, bolt+s://, neo4j:// or neo4j+s://HOST:PORT)",
          e);
    }
    try {
      driver.verifyConnectivity();
    } catch (RuntimeException e) {
      driver.close();
      throw PaperkgException.unavailable(RemoteFailures.describe(settings, e), e);
    }
    return new RemoteStore(driver, settings);
  }
}
