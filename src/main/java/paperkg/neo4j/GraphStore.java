package paperkg.neo4j;

import java.nio.file.Path;
import java.util.Optional;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * The one Neo4j connection of a command; every read and write goes through the Java driver over
 * Bolt, so the same code serves all three kinds: an {@link EmbeddedStore} under {@code --db} (Bolt
 * on 127.0.0.1), a {@link RemoteStore} at {@code --uri} (server, cluster, Aura), and a {@link
 * ServedStore} (a running {@code paperkg serve} / {@code paperkg start} that holds {@code --db}).
 */
public interface GraphStore extends AutoCloseable {
  /**
   * Bounded waits, so an unreachable server is an error in seconds rather than minutes: the
   * driver's defaults are a 30 s connect timeout, 60 s to get a pooled connection and 30 s of
   * retries. Managed transactions (executeWrite) still retry transient errors within the retry
   * time.
   */
  int CONNECT_TIMEOUT_SECONDS = 10;

  int MAX_RETRY_SECONDS = 15;

  /** The store {@code settings} name: embedded ({@code --db}) or remote ({@code --uri}). */
  static GraphStore open(StoreSettings settings) {
    return settings.embedded() ? EmbeddedStore.open(settings) : RemoteStore.open(settings);
  }

  /**
   * The store in {@code dir} through the Bolt port of a {@code paperkg serve} that holds it, if one
   * is running (see {@link ServePort}); empty when none answers, and the caller opens the store
   * itself.
   */
  static Optional<GraphStore> openServed(Path dir) {
    return ServedStore.connect(dir).map(s -> s);
  }

  /**
   * The embedded store as a server for other clients ({@code paperkg serve}), see {@link
   * EmbeddedStore#serve}.
   */
  static GraphStore serve(
      Path dir,
      String bind,
      int boltPort,
      String password,
      String postConnectCommand,
      String guideHosts) {
    return EmbeddedStore.serve(dir, bind, boltPort, password, postConnectCommand, guideHosts);
  }

  /** The driver (for callers that manage their own sessions). */
  Driver driver();

  /** A new session on the store's database (cheap; use one per thread), in {@code mode}. */
  Session session(AccessMode mode);

  /** A write session: imports, and Cypher that may write. */
  default Session session() {
    return session(AccessMode.WRITE);
  }

  /**
   * This store, with {@link #session()} opening READ sessions: for commands that only read (a
   * cluster routes them to any member, a served store can refuse writes). Closing the view closes
   * the store.
   */
  default GraphStore readOnly() {
    return new ReadOnlyStore(this);
  }

  String boltUri();

  /** The Bolt port clients connect to. */
  default int boltPort() {
    return java.net.URI.create(boltUri()).getPort();
  }

  /**
   * True when this process runs the store (embedded), false when it talks to one over the network.
   */
  default boolean embedded() {
    return false;
  }

  /**
   * How many transactions have committed since this process opened the store — views built from the
   * store (the SPARQL endpoint's) compare it to know they are stale. -1 when unknown (not embedded
   * here): rebuild.
   */
  default long changeCount() {
    return -1;
  }

  @Override
  void close();

  static String firstLine(Throwable e) {
    return String.valueOf(e.getMessage()).lines().findFirst().orElse("");
  }
}
