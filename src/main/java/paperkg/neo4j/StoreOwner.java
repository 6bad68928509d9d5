package paperkg.neo4j;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The pid of the paperkg process that has an embedded store open, in {@code <dir>/paperkg.pid}, so
 * that a second process can say who holds the store. Neo4j's own store lock decides who may open
 * it; this file only names the holder. A stale file (the holder was killed) is overwritten by the
 * next process that opens the store.
 */
final class StoreOwner {
  static final String FILE = "paperkg.pid";

  private StoreOwner() {}

  /** Records this process as the holder; best effort, the store works without it. */
  static void claim(Path dir) {
    try {
      Files.writeString(
          dir.resolve(FILE), ProcessHandle.current().pid() + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      // A read-only store directory still opens; only the pid in a later message is lost.
    }
  }

  static void release(Path dir) {
    try {
      String pid = Files.readString(dir.resolve(FILE), StandardCharsets.UTF_8).strip();
      if (pid.equals(String.valueOf(ProcessHandle.current().pid()))) {
        Files.delete(dir.resolve(FILE));
      }
    } catch (IOException e) {
      // Nothing to release.
    }
  }

  /** " (pid N)" when the holder is known and alive, else "". */
  static String describe(Path dir) {
    try {
      long pid =
          Long.parseLong(Files.readString(dir.resolve(FILE), StandardCharsets.UTF_8).strip());
      return ProcessHandle.of(pid)
          .filter(ProcessHandle::isAlive)
          .map(p -> " (pid " + pid + ")")
          .orElse("");
    } catch (IOException | NumberFormatException e) {
      return "";
    }
  }
}
