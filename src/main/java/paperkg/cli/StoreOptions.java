package paperkg.cli;

import java.nio.file.Path;
import paperkg.neo4j.GraphStore;
import paperkg.neo4j.StoreSettings;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * Where the graph is: shared by every command that touches Neo4j. The password only comes from
 * NEO4J_PASSWORD.
 */
final class StoreOptions {
  static final String DEFAULT_DB = "paperkg-data";

  /**
   * One or the other: before the group, {@code --db} was silently ignored when {@code --uri} was
   * given too.
   */
  static final class Where {
    @Option(
        names = "--db",
        paramLabel = "DIR",
        description = "Embedded store directory (default: " + DEFAULT_DB + ").")
    Path db;

    @Option(
        names = "--uri",
        paramLabel = "URI",
        description =
            "A remote Neo4j instead of the embedded store, e.g. neo4j://host:7687 or "
                + "neo4j+s://x.databases.neo4j.io.")
    String uri;
  }

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Where where;

  @Option(
      names = "--user",
      paramLabel = "USER",
      defaultValue = "neo4j",
      description = "User for --uri (password from the environment variable NEO4J_PASSWORD).")
  String user;

  @Option(
      names = "--database",
      paramLabel = "NAME",
      description = "Database name for --uri (default: the server's default).")
  String database;

  /**
   * The embedded store's directory ({@code --db}, default {@value #DEFAULT_DB}); meaningless with
   * {@code --uri}.
   */
  Path db() {
    return where == null || where.db == null ? Path.of(DEFAULT_DB) : where.db;
  }

  /** The remote Neo4j, or null for the embedded store. */
  String uri() {
    return where == null ? null : where.uri;
  }

  /**
   * The graph: a running {@code paperkg serve} on {@code --db} if there is one, else the store
   * itself, created when it does not exist yet (import).
   */
  GraphStore open() {
    return open(false);
  }

  /**
   * The graph for a command that must find it (query, sparql, export, stats, validate, eval): an
   * embedded store that does not exist is refused with one line, nothing created -- a mistyped --db
   * must not answer "(0 rows)" from a new empty store. {@code query} may write, so its sessions
   * stay WRITE sessions.
   */
  GraphStore openExisting() {
    return open(true);
  }

  /**
   * {@link #openExisting()} for commands that only read: their sessions are READ sessions (this
   * matters on a cluster).
   */
  GraphStore openForReading() {
    return open(true).readOnly();
  }

  private GraphStore open(boolean mustExist) {
    StoreSettings settings =
        new StoreSettings(db(), uri(), user, System.getenv("NEO4J_PASSWORD"), database, 0);
    if (!settings.embedded()) {
      return GraphStore.open(settings);
    }
    Path db = db();
    StoreDirectory.checkUsable(db);
    return GraphStore.openServed(db)
        .orElseGet(
            () -> {
              if (mustExist) {
                StoreDirectory.checkExists(db);
              }
              return GraphStore.open(settings);
            });
  }

  /** The store as a user named it: the --uri, else the --db directory. */
  String describe() {
    return uri() != null ? uri() : db().toString();
  }
}
