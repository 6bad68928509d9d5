package paperkg.neo4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListenerAdapter;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.server.configuration.ServerSettings;
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
  private final AtomicLong changes = new AtomicLong();
  private volatile boolean servedChanges;
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
    DatabaseManagementService dbms = start(dir, builder -> builder
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", settings.boltPort())));
    return connect(dbms, dir, AuthTokens.none(), "embedded store " + dir);
  }

  /**
   * The embedded store as a server for other clients ({@code paperkg serve}): Bolt on {@code bind:boltPort},
   * with Neo4j authentication (user neo4j) when {@code password} is given. The Browser reads its settings
   * from the server: no telemetry, {@code postConnectCommand} run on connect, guides allowed from
   * {@code guideHosts}. Writes are counted, see {@link #changeCount()}.
   */
  public static GraphStore serve(
      Path dir, String bind, int boltPort, String password, String postConnectCommand, String guideHosts) {
    Path abs = dir.toAbsolutePath().normalize();
    DatabaseManagementService dbms = start(abs, builder -> builder
        .setConfig(BoltConnector.listen_address, new SocketAddress(bind, boltPort))
        .setConfig(GraphDatabaseSettings.auth_enabled, password != null)
        .setConfig(ServerSettings.allow_telemetry, false)
        .setConfig(ServerSettings.browser_post_connect_cmd, postConnectCommand)
        .setConfig(ServerSettings.browser_remote_content_hostname_whitelist, guideHosts));
    try {
      if (password != null) {
        // Set through the embedded API: no client can log in before the initial password is set.
        dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
            "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
      }
    } catch (RuntimeException e) {
      dbms.shutdown();
      throw PaperkgException.usage("cannot set the Neo4j password: " + rootMessage(e));
    }
    AuthToken auth = password == null ? AuthTokens.none() : AuthTokens.basic("neo4j", password);
    GraphStore store = connect(dbms, abs, auth, "embedded store " + abs);
    store.servedChanges = true;
    dbms.registerTransactionEventListener(GraphDatabaseSettings.DEFAULT_DATABASE_NAME,
        new TransactionEventListenerAdapter<Object>() {
          @Override
          public void afterCommit(TransactionData data, Object state, GraphDatabaseService db) {
            store.changes.incrementAndGet();
          }
        });
    return store;
  }

  private static DatabaseManagementService start(
      Path dir, java.util.function.UnaryOperator<DatabaseManagementServiceBuilder> listen) {
    try {
      Files.createDirectories(dir);
      var builder = new DatabaseManagementServiceBuilder(dir)
          .setConfig(BoltConnector.enabled, true)
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
          .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false);
      return listen.apply(builder).build();
    } catch (Exception e) {
      throw storeProblem(dir, e);
    }
  }

  private static GraphStore connect(DatabaseManagementService dbms, Path dir, AuthToken auth, String description) {
    StoreOwner.claim(dir);
    try {
      var api = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
      var address =
          api.getDependencyResolver()
              .resolveDependency(ConnectorPortRegister.class)
              .getLocalAddress(ConnectorType.BOLT);
      // a wildcard bind (0.0.0.0) is reachable on loopback too; the driver needs a concrete host
      String host = address.getHost();
      host = host == null || host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
      String uri = "bolt://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort();
      Driver driver = GraphDatabase.driver(uri, auth, driverConfig());
      driver.verifyConnectivity();
      return new GraphStore(dbms, driver, GraphDatabaseSettings.DEFAULT_DATABASE_NAME, uri, description, dir);
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

  /** The Bolt port clients connect to. */
  public int boltPort() {
    return java.net.URI.create(boltUri).getPort();
  }

  /**
   * How many transactions have committed since {@link #serve} opened the store — views built from the store
   * (the SPARQL endpoint's) compare it to know they are stale. -1 when unknown (not a served store): rebuild.
   */
  public long changeCount() {
    return servedChanges ? changes.get() : -1;
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
