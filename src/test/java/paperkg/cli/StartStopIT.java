package paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperkg.neo4j.ServePort;

/**
 * {@code start} / {@code status} / {@code stop} on a real store: a real detached serve JVM, real
 * Bolt. While it runs the store is locked by it, so a {@code query} on that {@code --db} that
 * succeeds went over Bolt.
 */
class StartStopIT {
  @TempDir Path dir;

  @Test
  void startStatusQueryStop() throws Exception {
    Path db = dir.resolve("db");
    String dbArg = db.toString();
    try {
      // Given nothing running
      var before = SeedGraph.tryCli("status", "--db", dbArg);
      assertEquals(1, before.exitCode(), before.out());
      assertTrue(before.out().startsWith("not running"), before.out());

      // When the service starts
      var start =
          SeedGraph.runCli(
              "start", "--db", dbArg, "--bolt-port", "0", "--http-port", "0", "--sparql-port", "0");
      long pid = pid(start.out());

      // Then status tells, with the pid, and the store's files are there
      var status = SeedGraph.runCli("status", "--db", dbArg);
      assertTrue(
          status.out().contains("running for") && status.out().contains("(pid " + pid + ")"),
          status.out());
      assertTrue(Files.isRegularFile(db.resolve(BackgroundServe.LOG_FILE)));
      assertTrue(ServePort.live(db).isPresent());
      assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));

      // And a second start is refused
      var again =
          SeedGraph.tryCli(
              "start", "--db", dbArg, "--bolt-port", "0", "--http-port", "0", "--sparql-port", "0");
      assertEquals(1, again.exitCode(), again.out() + again.err());
      assertTrue(
          again.out().contains("already running") && again.out().contains("pid " + pid),
          again.out());

      // And a command on that --db talks to it (the store is locked by the service: no other way
      // in)
      var query =
          SeedGraph.runCli("query", "--db", dbArg, "--format", "csv", "RETURN 40 + 2 AS answer");
      assertTrue(query.out().contains("42"), query.out());

      // When it stops
      var stop = SeedGraph.runCli("stop", "--db", dbArg);
      assertTrue(stop.out().startsWith("stopped"), stop.out());

      // Then the process is gone, the port file too, and status says so
      assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
      assertFalse(Files.exists(ServePort.file(db)));
      assertFalse(Files.exists(db.resolve(BackgroundServe.PID_FILE)));
      assertEquals(1, SeedGraph.tryCli("status", "--db", dbArg).exitCode());
      assertTrue(SeedGraph.runCli("stop", "--db", dbArg).out().startsWith("not running"));
    } finally {
      SeedGraph.tryCli("stop", "--db", dbArg); // never leave a server behind
    }
  }

  private static long pid(String startOutput) {
    Matcher m = Pattern.compile("\\(pid (\\d+)\\)").matcher(startOutput);
    assertTrue(m.find(), startOutput);
    return Long.parseLong(m.group(1));
  }
}
