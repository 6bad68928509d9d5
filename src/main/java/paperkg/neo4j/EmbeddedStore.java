package paperkg.neo4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
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
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListenerAdapter;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.server.configuration.ServerSettings;
import paperkg.PaperkgException;

/**
 * A Neo4j 5 store under {@code --db}, run in this process with its Bolt connector on 127.0.0.1; the
 * driver talks to it over Bolt like to any server. Commits are counted ({@link #changeCount()}).
 */
final class EmbeddedStore extends DriverStore {
  private final DatabaseManagementService dbms;
  private final Path dir;
  private final AtomicLong changes = new AtomicLong();

  private EmbeddedStore(DatabaseManagementService dbms, Driver driver, String uri, Path dir) {
    super(driver, GraphDatabaseSettings.DEFAULT_DATABASE_NAME, uri, "embedded store " + dir);
    this.dbms = dbms;
    this.dir = dir;
  }

  static EmbeddedStore open(StoreSettings settings) {
    Path dir = settings.dir().toAbsolutePath().normalize();
    DatabaseManagementService dbms =
        start(
            dir,
            builder ->
                builder.setConfig(
                    BoltConnector.listen_address,
                    new SocketAddress("127.0.0.1", settings.boltPort())));
    return connect(dbms, dir, AuthTokens.none());
  }

  /**
   * The embedded store as a server for other clients ({@code paperkg serve}): Bolt on {@code
   * bind:boltPort}, with Neo4j authentication (user neo4j) when {@code password} is given. The
   * Browser reads its settings from the server: no telemetry, {@code postConnectCommand} run on
   * connect, guides allowed from {@code guideHosts}.
   */
  static EmbeddedStore serve(
      Path dir,
      String bind,
      int boltPort,
      String password,
      String postConnectCommand,
      String guideHosts) {
    Path abs = dir.toAbsolutePath().normalize();
    DatabaseManagementService dbms =
        start(
            abs,
            builder ->
                builder
                    .setConfig(BoltConnector.listen_address, new SocketAddress(bind, boltPort))
                    .setConfig(GraphDatabaseSettings.auth_enabled, password != null)
                    .setConfig(ServerSettings.allow_telemetry, false)
                    .setConfig(ServerSettings.browser_post_connect_cmd, postConnectCommand)
                    .setConfig(
                        ServerSettings.browser_remote_content_hostname_whitelist, guideHosts));
    try {
      if (password != null) {
        // Set through the embedded API: no client can log in before the initial password is set.
        dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
            .executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                Map.of("password", password));
      }
    } catch (RuntimeException e) {
      dbms.shutdown();
      throw PaperkgException.usage("cannot set the Neo4j password: " + rootMessage(e));
    }
    AuthToken auth = password == null ? AuthTokens.none() : AuthTokens.basic("neo4j", password);
    return connect(dbms, abs, auth);
  }

  private static DatabaseManagementService start(
      Path dir, UnaryOperator<DatabaseManagementServiceBuilder> listen) {
    try {
      Files.createDirectories(dir);
      var builder =
          new DatabaseManagementServiceBuilder(dir)
              .setConfig(BoltConnector.enabled, true)
              .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
              .setConfig(HttpConnector.enabled, false)
              // Measured: stopping Bolt otherwise waits twice ~5 s, which every short command would
              // pay.
              .setConfig(
                  BoltConnectorInternalSettings.thread_pool_shutdown_wait_time,
                  Duration.ofMillis(100))
              .setConfig(
                  BoltConnectorInternalSettings.connection_shutdown_wait_time,
                  Duration.ofMillis(100))
              .setConfig(
                  GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2))
              .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
              .setConfig(
                  GraphDatabaseInternalSettings.netty_server_shutdown_timeout,
                  Duration.ofMillis(100))
              // A desktop tool, not a server: a bounded page cache (allocated lazily) and few old
              // tx logs.
              .setConfig(GraphDatabaseSettings.pagecache_memory, 512L * 1024 * 1024)
              .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
              // Start-up work a short command would pay for and never use (measured in
              // docs/PERFORMANCE.md):
              // page-cache warm-up reads and profiles in the background, the diagnostics dump, the
              // anonymous
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

  private static EmbeddedStore connect(DatabaseManagementService dbms, Path dir, AuthToken auth) {
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
      String uri =
          "bolt://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort();
      Driver driver = GraphDatabase.driver(uri, auth, driverConfig());
      driver.verifyConnectivity();
      EmbeddedStore store = new EmbeddedStore(dbms, driver, uri, dir);
      dbms.registerTransactionEventListener(
          GraphDatabaseSettings.DEFAULT_DATABASE_NAME,
          new TransactionEventListenerAdapter<Object>() {
            @Override
            public void afterCommit(TransactionData data, Object state, GraphDatabaseService db) {
              store.changes.incrementAndGet();
            }
          });
      return store;
    } catch (RuntimeException e) {
      dbms.shutdown();
      StoreOwner.release(dir);
      throw PaperkgException.unavailable(
          "cannot connect to the embedded store " + dir + ": " + e.getMessage(), e);
    }
  }

  private static PaperkgException storeProblem(Path dir, Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String name = t.getClass().getSimpleName();
      String msg = String.valueOf(t.getMessage());
      if (name.contains("FileLock")
          || msg.contains("locked by another process")
          || msg.contains("Lock file")) {
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

  @Override
  public boolean embedded() {
    return true;
  }

  @Override
  public long changeCount() {
    return changes.get();
  }

  @Override
  public void close() {
    try {
      super.close();
    } finally {
      // a read-only command: no checkpoint, 0.33 s of fsync under load (ShutdownCheckpoint)
      ShutdownCheckpoint.skipWhereCurrent(dbms);
      dbms.shutdown();
      StoreOwner.release(dir);
    }
  }
}
