package paperkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import paperkg.PaperkgException;

/**
 * What {@code --db} names, checked before Neo4j is started on it: Neo4j would create a missing
 * directory (and report a file in the way as {@code cannot open the store X: X}). An embedded store
 * is a directory holding Neo4j's {@code data/databases}, which the first open creates.
 */
final class StoreDirectory {
  private StoreDirectory() {}

  /**
   * Refuses a --db that is a file (or anything else that is not a directory) where a store would
   * go.
   */
  static void checkUsable(Path db) {
    if (Files.exists(db) && !Files.isDirectory(db)) {
      throw PaperkgException.unavailable("--db " + db + " is a file, not a store directory", null);
    }
  }

  /** Refuses a --db with no store in it yet. */
  static void checkExists(Path db) {
    if (!isStore(db)) {
      throw PaperkgException.unavailable(
          "no store at "
              + db.toAbsolutePath().normalize()
              + " (import something into it first, or give --db DIR or --uri URI)",
          null);
    }
  }

  static boolean isStore(Path db) {
    return Files.isDirectory(db.resolve("data").resolve("databases"));
  }
}
