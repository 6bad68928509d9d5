package paperkg.cli;

import java.nio.file.Path;
import paperkg.neo4j.GraphStore;
import paperkg.neo4j.StoreSettings;
import picocli.CommandLine.Option;

/** Where the graph is: shared by every command that touches Neo4j. The password only comes from NEO4J_PASSWORD. */
final class StoreOptions {
  @Option(names = "--db", paramLabel = "DIR", defaultValue = "paperkg-data",
      description = "Embedded store directory (default: ${DEFAULT-VALUE}).")
  Path db;

  @Option(names = "--uri", paramLabel = "URI",
      description = "A remote Neo4j instead of the embedded store, e.g. neo4j://host:7687 or neo4j+s://x.databases.neo4j.io.")
  String uri;

  @Option(names = "--user", paramLabel = "USER", defaultValue = "neo4j",
      description = "User for --uri (password from the environment variable NEO4J_PASSWORD).")
  String user;

  @Option(names = "--database", paramLabel = "NAME", description = "Database name for --uri (default: the server's default).")
  String database;

  /**
   * The graph: a running {@code paperkg serve} on {@code --db} if there is one, else the store itself, created
   * when it does not exist yet (import).
   */
  GraphStore open() {
    return open(false);
  }

  /**
   * The graph for a command that only reads it (query, sparql, export, stats, validate): an embedded store that
   * does not exist is refused with one line, and nothing is created -- a mistyped --db must not answer
   * "(0 rows)" from a new empty store.
   */
  GraphStore openExisting() {
    return open(true);
  }

  private GraphStore open(boolean mustExist) {
    StoreSettings settings = new StoreSettings(db, uri, user, System.getenv("NEO4J_PASSWORD"), database, 0);
    if (!settings.embedded()) {
      return GraphStore.open(settings);
    }
    StoreDirectory.checkUsable(db);
    return GraphStore.openServed(db).orElseGet(() -> {
      if (mustExist) {
        StoreDirectory.checkExists(db);
      }
      return GraphStore.open(settings);
    });
  }

  /** The store as a user named it: the --uri, else the --db directory. */
  String describe() {
    return uri != null ? uri : db.toString();
  }
}
