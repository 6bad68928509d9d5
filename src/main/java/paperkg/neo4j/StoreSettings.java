package paperkg.neo4j;

import java.nio.file.Path;

/**
 * Where the graph lives: an embedded store in {@code dir} (uri == null), or a remote Neo4j at
 * {@code uri}. The password never comes from the command line, only from the environment
 * (NEO4J_PASSWORD).
 *
 * @param boltPort the embedded store's Bolt port; 0 picks a free one
 */
public record StoreSettings(
    Path dir, String uri, String user, String password, String database, int boltPort) {
  public boolean embedded() {
    return uri == null;
  }

  public static StoreSettings embedded(Path dir) {
    return new StoreSettings(dir, null, null, null, null, 0);
  }

  /** Without the password: a record's default toString would print it into any log or message. */
  @Override
  public String toString() {
    return embedded()
        ? "StoreSettings[dir=" + dir + "]"
        : "StoreSettings[uri="
            + uri
            + ", user="
            + user
            + ", password="
            + (password == null ? "none" : "***")
            + ", database="
            + database
            + "]";
  }
}
