package paperkg.neo4j;

import java.util.concurrent.TimeUnit;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * What the three kinds of store share: a driver, the database it uses (null: the server's default),
 * a name.
 */
abstract class DriverStore implements GraphStore {
  private final Driver driver;
  private final String database;
  private final String boltUri;
  private final String description;

  DriverStore(Driver driver, String database, String boltUri, String description) {
    this.driver = driver;
    this.database = database;
    this.boltUri = boltUri;
    this.description = description;
  }

  static Config driverConfig() {
    return Config.builder()
        .withLogging(Logging.none())
        .withConnectionTimeout(CONNECT_TIMEOUT_SECONDS, TimeUnit.SECONDS)
        .withConnectionAcquisitionTimeout(CONNECT_TIMEOUT_SECONDS * 2, TimeUnit.SECONDS)
        .withMaxTransactionRetryTime(MAX_RETRY_SECONDS, TimeUnit.SECONDS)
        .build();
  }

  @Override
  public Driver driver() {
    return driver;
  }

  @Override
  public Session session(AccessMode mode) {
    SessionConfig.Builder config = SessionConfig.builder().withDefaultAccessMode(mode);
    if (database != null) {
      config.withDatabase(database);
    }
    return driver.session(config.build());
  }

  @Override
  public String boltUri() {
    return boltUri;
  }

  @Override
  public String toString() {
    return description;
  }

  @Override
  public void close() {
    driver.close();
  }
}
