package paperkg.neo4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import paperkg.PaperkgException;

/**
 * The one Neo4j connection of a command. Embedded by default: a Neo4j 5 store under {@code --db} with its
 * Bolt connector on 127.0.0.1, and all reads and writes still go through the Java driver over Bolt — so the
 * very same code path serves a remote server, cluster or Aura when {@code --uri} is given.
 */
public final class GraphStore implements AutoCloseable {
  private final DatabaseManagementService dbms;
  private final Driver driver;
  private final String database;
  private final String boltUri;
  private final String description;
  private final Path storeDir;

  private GraphStore(DatabaseManagementService dbms, Driver driver, String database, String boltUri, String description) {
    this(dbms, driver, database, boltUri, description, null);
  }

  private GraphStore(
      DatabaseManagementService dbms, Driver driver, String database, String boltUri, String description, Path storeDir) {
    this.storeDir = storeDir;
    this.dbms = dbms;
    this.driver = driver;
    this.database = database;
    this.boltUri = boltUri;
    this.description = description;
  }

  public static GraphStore open(StoreSettings settings) {
    return settings.embedded() ? openEmbedded(settings) : openRemote(settings);
  }

  private static GraphStore openEmbedded(StoreSettings settings) {
    Path dir = settings.dir().toAbsolutePath().normalize();
    DatabaseManagementService dbms;
    try {
      Files.createDirectories(dir);
      dbms =
          new DatabaseManagementServiceBuilder(dir)
              .setConfig(BoltConnector.enabled, true)
              .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", settings.boltPort()))
              .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
              .setConfig(HttpConnector.enabled, false)
              // Measured: stopping Bolt otherwise waits twice ~5 s, which every short command would pay.
              .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(100))
              .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(100))
              .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2))
              // A desktop tool, not a server: a bounded page cache (allocated lazily) and few old tx logs.
              .setConfig(GraphDatabaseSettings.pagecache_memory, 512L * 1024 * 1024)
              .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
              .build();
    } catch (Exception e) {
      throw storeProblem(dir, e);
    }
    StoreOwner.claim(dir);
    try {
      var api = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
      int port =
          api.getDependencyResolver()
              .resolveDependency(ConnectorPortRegister.class)
              .getLocalAddress(ConnectorType.BOLT)
              .getPort();
      String uri = "bolt://127.0.0.1:" + port;
      Driver driver = GraphDatabase.driver(uri, AuthTokens.none(), driverConfig());
      driver.verifyConnectivity();
      return new GraphStore(dbms, driver, GraphDatabaseSettings.DEFAULT_DATABASE_NAME, uri, "embedded store " + dir, dir);
    } catch (RuntimeException e) {
      dbms.shutdown();
      StoreOwner.release(dir);
      throw PaperkgException.unavailable("cannot connect to the embedded store " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Connects to a remote Neo4j. Every failure (bad URI, unreachable, TLS mismatch, wrong password) is
   * one line and exit 3 within the connection timeout; the password is never part of a message.
   */
  private static GraphStore openRemote(StoreSettings settings) {
    AuthToken auth =
        settings.password() == null
            ? AuthTokens.none()
            : AuthTokens.basic(settings.user() == null ? "neo4j" : settings.user(), settings.password());
    Driver driver;
    try {
      driver = GraphDatabase.driver(settings.uri(), auth, driverConfig());
    } catch (IllegalArgumentException e) {
      throw PaperkgException.unavailable(
          "cannot connect to " + settings.uri() + ": " + firstLine(e)
              + " (expected bolt://, bolt+s://, neo4j:// or neo4j+s://HOST:PORT)", e);
    }
    try {
      driver.verifyConnectivity();
    } catch (RuntimeException e) {
      driver.close();
      throw PaperkgException.unavailable(RemoteFailures.describe(settings, e), e);
    }
    return new GraphStore(null, driver, settings.database(), settings.uri(), settings.uri());
  }

  static String firstLine(Throwable e) {
    return String.valueOf(e.getMessage()).lines().findFirst().orElse("");
  }

  /**
   * Bounded waits, so an unreachable server is an error in seconds rather than minutes: the driver's
   * defaults are a 30 s connect timeout, 60 s to get a pooled connection and 30 s of retries.
   * Managed transactions (executeWrite) still retry transient errors within the retry time.
   */
  static final int CONNECT_TIMEOUT_SECONDS = 10;

  static final int MAX_RETRY_SECONDS = 15;

  private static Config driverConfig() {
    return Config.builder()
        .withLogging(Logging.none())
        .withConnectionTimeout(CONNECT_TIMEOUT_SECONDS, TimeUnit.SECONDS)
        .withConnectionAcquisitionTimeout(CONNECT_TIMEOUT_SECONDS * 2, TimeUnit.SECONDS)
        .withMaxTransactionRetryTime(MAX_RETRY_SECONDS, TimeUnit.SECONDS)
        .build();
  }

  private static PaperkgException storeProblem(Path dir, Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String name = t.getClass().getSimpleName();
      String msg = String.valueOf(t.getMessage());
      if (name.contains("FileLock") || msg.contains("locked by another process") || msg.contains("Lock file")) {
        return PaperkgException.unavailable(
            "store " + dir + " is in use by another paperkg process" + StoreOwner.describe(dir), e);
      }
    }
    return PaperkgException.unavailable("cannot open the store " + dir + ": " + rootMessage(e), e);
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage();
  }

  public Driver driver() {
    return driver;
  }

  /** A new session on the store's database (cheap; use one per thread). */
  public Session session() {
    return database == null
        ? driver.session()
        : driver.session(SessionConfig.forDatabase(database));
  }

  public String boltUri() {
    return boltUri;
  }

  public boolean embedded() {
    return dbms != null;
  }

  @Override
  public String toString() {
    return description;
  }

  @Override
  public void close() {
    try {
      driver.close();
    } finally {
      if (dbms != null) {
        dbms.shutdown();
        StoreOwner.release(storeDir);
      }
    }
  }
}
