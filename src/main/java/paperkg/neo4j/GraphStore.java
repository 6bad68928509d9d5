package paperkg.neo4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
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
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.Neo4jException;
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

  private GraphStore(DatabaseManagementService dbms, Driver driver, String database, String boltUri, String description) {
    this.dbms = dbms;
    this.driver = driver;
    this.database = database;
    this.boltUri = boltUri;
    this.description = description;
  }

  public static GraphStore open(StoreSettings settings) {
    return settings.embedded() ? openEmbedded(settings) : openRemote(settings);
  }

  /**
   * The store in {@code dir} through the Bolt port of a {@code paperkg serve} that holds it, if one is running
   * (see {@link ServePort}); empty when none answers, and the caller opens the store itself.
   */
  public static Optional<GraphStore> openServed(Path dir) {
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
    return Optional.of(new GraphStore(null, driver, null, uri, "paperkg serve at " + uri + " (store " + abs + ")"));
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
              .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
              .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofMillis(100))
              // A desktop tool, not a server: a bounded page cache (allocated lazily) and few old tx logs.
              .setConfig(GraphDatabaseSettings.pagecache_memory, 512L * 1024 * 1024)
              .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
              // Start-up work a short command would pay for and never use (measured in docs/PERFORMANCE.md):
              // page-cache warm-up reads and profiles in the background, the diagnostics dump, the anonymous
              // usage report (a network call home), and 256 MB of pre-allocated log per new store.
              .setConfig(GraphDatabaseSettings.pagecache_warmup_enabled, false)
              .setConfig(GraphDatabaseInternalSettings.dump_diagnostics, false)
              .setConfig(GraphDatabaseSettings.udc_enabled, false)
              .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
              .build();
    } catch (Exception e) {
      throw storeProblem(dir, e);
    }
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
      return new GraphStore(dbms, driver, GraphDatabaseSettings.DEFAULT_DATABASE_NAME, uri, "embedded store " + dir);
    } catch (RuntimeException e) {
      dbms.shutdown();
      throw PaperkgException.unavailable("cannot connect to the embedded store " + dir + ": " + e.getMessage(), e);
    }
  }

  private static GraphStore openRemote(StoreSettings settings) {
    AuthToken auth =
        settings.password() == null
            ? AuthTokens.none()
            : AuthTokens.basic(settings.user() == null ? "neo4j" : settings.user(), settings.password());
    Driver driver = GraphDatabase.driver(settings.uri(), auth, driverConfig());
    try {
      driver.verifyConnectivity();
    } catch (AuthenticationException e) {
      driver.close();
      throw PaperkgException.unavailable(
          "authentication failed at " + settings.uri() + " (check --user and NEO4J_PASSWORD)", e);
    } catch (Neo4jException | IllegalArgumentException e) {
      driver.close();
      throw PaperkgException.unavailable("cannot connect to " + settings.uri() + ": " + e.getMessage(), e);
    }
    return new GraphStore(null, driver, settings.database(), settings.uri(), settings.uri());
  }

  private static Config driverConfig() {
    return Config.builder()
        .withLogging(Logging.none())
        .withConnectionTimeout(10, TimeUnit.SECONDS)
        .withMaxTransactionRetryTime(15, TimeUnit.SECONDS)
        .build();
  }

  private static PaperkgException storeProblem(Path dir, Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String name = t.getClass().getSimpleName();
      String msg = String.valueOf(t.getMessage());
      if (name.contains("FileLock") || msg.contains("locked by another process") || msg.contains("Lock file")) {
        return PaperkgException.unavailable("store " + dir + " is in use by another paperkg process", e);
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
      }
    }
  }
}
