package paperkg.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import paperkg.PaperkgException;
import paperkg.neo4j.ServePort;

/**
 * The store as a background service ({@code start} / {@code status} / {@code stop}): a detached
 * {@code paperkg serve} in its own session, with three files under the store directory — {@code
 * paperkg-serve.pid} (the service's pid, written here), {@code paperkg-serve.log} (its output) and
 * {@code paperkg-serve.port} (its Bolt port, written by serve once it listens, see {@link
 * ServePort}). While it runs, every command on that {@code --db} finds the port file and talks to
 * it over Bolt.
 */
final class BackgroundServe {
  static final String PID_FILE = "paperkg-serve.pid";
  static final String LOG_FILE = "paperkg-serve.log";

  /**
   * How long a start may take: a store's first start with its schema took 85 s on the shared
   * machine.
   */
  static final int START_TIMEOUT_SECONDS = 180;

  private final Path db;

  BackgroundServe(Path db) {
    this.db = db.toAbsolutePath().normalize();
  }

  Path db() {
    return db;
  }

  Path log() {
    return db.resolve(LOG_FILE);
  }

  /** The running service's process, if the pid file names a live one. */
  Optional<ProcessHandle> process() {
    try {
      long pid =
          Long.parseLong(Files.readString(db.resolve(PID_FILE), StandardCharsets.US_ASCII).strip());
      return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** " (pid N)" for our service, " (a foreground serve)" when only a port answers, for messages. */
  String holder() {
    return process().map(p -> " (pid " + p.pid() + ")").orElse(" (a foreground serve)");
  }

  /**
   * The Bolt port of the serve on this store, if one answers (ours or a foreground {@code serve}).
   */
  OptionalInt boltPort() {
    return ServePort.live(db);
  }

  /**
   * Starts {@code serve} detached ({@code setsid}, stdin from /dev/null, output to the log) and
   * waits until its Bolt port answers; the child's exit before that is an error naming the log's
   * last line.
   */
  ProcessHandle start(List<String> serveOptions, String heap) {
    try {
      Files.createDirectories(db);
      List<String> cmd = new ArrayList<>();
      if (new File("/usr/bin/setsid").canExecute()) {
        cmd.add(
            "/usr/bin/setsid"); // its own session: a closing terminal's SIGHUP does not reach it
      }
      cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      cmd.add("-Xmx" + heap);
      cmd.addAll(
          List.of("-cp", System.getProperty("java.class.path"), Paperkg.class.getName(), "serve"));
      cmd.addAll(List.of("--db", db.toString()));
      cmd.addAll(serveOptions);
      Files.deleteIfExists(ServePort.file(db));
      Process p =
          new ProcessBuilder(cmd)
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .redirectOutput(ProcessBuilder.Redirect.to(log().toFile()))
              .redirectErrorStream(true)
              .start();
      Files.writeString(db.resolve(PID_FILE), p.pid() + "\n", StandardCharsets.US_ASCII);
      long deadline = System.nanoTime() + START_TIMEOUT_SECONDS * 1_000_000_000L;
      while (boltPort().isEmpty()) {
        if (!p.isAlive()) {
          Files.deleteIfExists(db.resolve(PID_FILE));
          throw PaperkgException.unavailable(
              "the server for "
                  + db
                  + " exited at start (exit "
                  + p.exitValue()
                  + "): "
                  + lastLine()
                  + " (see "
                  + log()
                  + ")",
              null);
        }
        if (System.nanoTime() > deadline) {
          p.destroy();
          throw PaperkgException.unavailable(
              "the server for "
                  + db
                  + " did not listen within "
                  + START_TIMEOUT_SECONDS
                  + " s (see "
                  + log()
                  + ")",
              null);
        }
        Thread.sleep(100);
      }
      return p.toHandle();
    } catch (IOException e) {
      throw PaperkgException.unavailable(
          "cannot start a server for " + db + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw PaperkgException.jobFailed("interrupted while the server started");
    }
  }

  /**
   * SIGTERM, then waits for the exit (serve's shutdown hook closes the store and removes the port
   * file).
   */
  boolean stop(ProcessHandle process, int timeoutSeconds) {
    process.destroy();
    try {
      process.onExit().get(timeoutSeconds, java.util.concurrent.TimeUnit.SECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (java.util.concurrent.ExecutionException e) {
      // onExit does not fail
    }
    forgetPid();
    return true;
  }

  void forgetPid() {
    try {
      Files.deleteIfExists(db.resolve(PID_FILE));
    } catch (IOException e) {
      // a stale pid file names a dead process, which process() ignores
    }
  }

  /** The lines serve printed (its URLs), from the log. */
  List<String> printed() {
    try {
      return Files.readAllLines(log(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return List.of();
    }
  }

  private String lastLine() {
    List<String> lines = printed();
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (!lines.get(i).isBlank()) {
        return lines.get(i).strip();
      }
    }
    return "no output";
  }
}
