package paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** One run of the {@code ./paperkg} launcher as a process, for the launcher's tests. */
record LauncherRun(int exitCode, String out, String err) {
  /** Starts {@code pb}, its output and errors going to files in {@code dir}, and waits. */
  static LauncherRun of(ProcessBuilder pb, Path dir) throws Exception {
    pb.redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile());
    Process p = pb.start();
    assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the launcher did not finish");
    return new LauncherRun(
        p.exitValue(),
        Files.readString(dir.resolve("out"), StandardCharsets.UTF_8),
        Files.readString(dir.resolve("err"), StandardCharsets.UTF_8));
  }
}
