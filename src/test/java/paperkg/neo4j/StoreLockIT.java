package paperkg.neo4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperkg.cli.SeedGraph;
import paperkg.testing.ChildJvm;
import paperkg.testing.StoreLockHolder;

/**
 * A second process on an open embedded store: one line naming the holder's pid, exit 3, holder
 * unharmed.
 */
class StoreLockIT {
  @TempDir Path dir;

  @Test
  void secondProcessIsRefusedAndTheFirstGoesOn() throws Exception {
    Path store = dir.resolve("store");
    try (ChildJvm holder =
        ChildJvm.start(dir.resolve("child"), "1g", StoreLockHolder.class, store.toString())) {
      // Given another JVM holding the store
      holder.awaitOut(out -> out.contains("ready"), 180);
      assertEquals(holder.pid() + "", Files.readString(store.resolve(StoreOwner.FILE)).strip());

      // When this process opens the same store
      var run = SeedGraph.tryCli("stats", "--db", store.toString());

      // Then it gets one line with the holder's pid and exit code 3
      assertEquals(3, run.exitCode(), run.err());
      assertEquals(
          "paperkg: store "
              + store.toAbsolutePath()
              + " is in use by another paperkg process (pid "
              + holder.pid()
              + ")",
          run.err().strip());

      // And the holder still reads and writes its store, and exits cleanly
      try (OutputStream in = holder.process().getOutputStream()) {
        in.write("go\n".getBytes(StandardCharsets.UTF_8));
      }
      assertEquals(0, holder.waitFor(120), holder.err());
      assertTrue(holder.out().contains("probes 1"), holder.out());
      assertFalse(
          Files.exists(store.resolve(StoreOwner.FILE)), "the pid file goes with its process");
    }
  }
}
