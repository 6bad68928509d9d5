package paperkg.neo4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import paperkg.PaperkgException;
import paperkg.cli.Paperkg;
import paperkg.cli.SeedGraph;
import paperkg.testing.ChildJvm;
import paperkg.testing.SharedStore;

/**
 * --uri failures: one line, exit 3, in bounded time, and the password never shows. The servers are
 * real: a closed local port, the shared embedded store (plain Bolt) and an embedded Neo4j with
 * authentication enabled.
 */
class RemoteFailuresIT {
  private static final long BOUND_MILLIS = (GraphStore.CONNECT_TIMEOUT_SECONDS + 10) * 1000L;

  @TempDir Path dir;

  private static SeedGraph.Run timed(String... args) {
    long t0 = System.currentTimeMillis();
    SeedGraph.Run run = SeedGraph.tryCli(args);
    long millis = System.currentTimeMillis() - t0;
    assertTrue(millis < BOUND_MILLIS, "took " + millis + " ms: " + run.err());
    assertEquals(3, run.exitCode(), run.err());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    return run;
  }

  @Test
  void unreachablePort() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort(); // free now, closed below: nothing listens there
    }
    String uri = "bolt://127.0.0.1:" + port;
    var run = timed("stats", "--uri", uri);
    assertTrue(
        run.err().startsWith("paperkg: cannot connect to " + uri + ": Unable to connect"),
        run.err());
  }

  @Test
  void wrongScheme() {
    var run = timed("stats", "--uri", "http://127.0.0.1:7474");
    assertTrue(
        run.err().startsWith("paperkg: cannot connect to http://127.0.0.1:7474: "), run.err());
    assertTrue(
        run.err().contains("expected bolt://, bolt+s://, neo4j:// or neo4j+s://"), run.err());
  }

  @Test
  void tlsAgainstAPlainServer() {
    String uri = SharedStore.get().boltUri().replace("bolt://", "bolt+s://");
    var run = timed("stats", "--uri", uri);
    assertTrue(run.err().startsWith("paperkg: cannot connect to " + uri), run.err());
    assertTrue(run.err().contains("TLS mismatch? the server may be plain"), run.err());
  }

  @Test
  void wrongPasswordIsRefusedAndNeverPrinted() throws Exception {
    String secret = "s3cret-Right-pw";
    String wrong = "Wr0ng-Pass-w0rd";
    DatabaseManagementService dbms = authServer(dir.resolve("auth-store"), secret);
    try {
      String uri = "bolt://127.0.0.1:" + boltPort(dbms);
      // The right password connects: authentication is really on.
      try (GraphStore ok =
          GraphStore.open(new StoreSettings(null, uri, "neo4j", secret, null, 0))) {
        assertFalse(ok.embedded());
      }
      PaperkgException e =
          assertThrows(
              PaperkgException.class,
              () -> GraphStore.open(new StoreSettings(null, uri, "neo4j", wrong, null, 0)));
      assertEquals(3, e.exitCode());
      assertFalse(e.getMessage().contains(wrong));

      // Through the real CLI: the password comes from the environment only, and even --verbose
      // (stack traces) does not print it.
      try (ChildJvm cli =
          ChildJvm.start(
              dir.resolve("child"),
              "512m",
              Map.of("NEO4J_PASSWORD", wrong),
              Paperkg.class,
              "stats",
              "--verbose",
              "--uri",
              uri)) {
        assertEquals(3, cli.waitFor(120), cli.err());
        assertTrue(
            cli.err()
                .startsWith(
                    "paperkg: authentication failed at "
                        + uri
                        + " for user 'neo4j' (check --user and"
                        + " the NEO4J_PASSWORD environment variable)"),
            cli.err());
        assertFalse(cli.err().contains(wrong), cli.err());
        assertFalse(cli.out().contains(wrong), cli.out());
      }
    } finally {
      dbms.shutdown();
    }
  }

  private static DatabaseManagementService authServer(Path home, String password) {
    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
            .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
            .setConfig(HttpConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024)
            .build();
    dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
        .executeTransactionally(
            "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
    return dbms;
  }

  private static int boltPort(DatabaseManagementService dbms) {
    var api = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    return api.getDependencyResolver()
        .resolveDependency(ConnectorPortRegister.class)
        .getLocalAddress(ConnectorType.BOLT)
        .getPort();
  }
}
