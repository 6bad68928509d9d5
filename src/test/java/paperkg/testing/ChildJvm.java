package paperkg.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A real second JVM on the test classpath, for tests about other processes: store locks and kill
 * -9. Its stdout and stderr go to files, which the test can poll.
 */
public final class ChildJvm implements AutoCloseable {
  private final Process process;
  private final Path out;
  private final Path err;

  private ChildJvm(Process process, Path out, Path err) {
    this.process = process;
    this.out = out;
    this.err = err;
  }

  public static ChildJvm start(Path workDir, String heap, Class<?> main, String... args)
      throws IOException {
    return start(workDir, heap, java.util.Map.of(), main, args);
  }

  /** As above, with extra environment variables (the password comes only from NEO4J_PASSWORD). */
  public static ChildJvm start(
      Path workDir, String heap, java.util.Map<String, String> env, Class<?> main, String... args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + heap);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(List.of(args));
    Files.createDirectories(workDir);
    Path out = workDir.resolve("child.out");
    Path err = workDir.resolve("child.err");
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(new File(System.getProperty("user.dir")))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    pb.environment().putAll(env);
    return new ChildJvm(pb.start(), out, err);
  }

  public Process process() {
    return process;
  }

  public long pid() {
    return process.pid();
  }

  public String out() throws IOException {
    return Files.readString(out);
  }

  public String err() throws IOException {
    return Files.readString(err);
  }

  /**
   * Polls the child's stdout until {@code ready} holds; fails if the child dies or time runs out.
   */
  public void awaitOut(Predicate<String> ready, long timeoutSeconds)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
    while (!ready.test(out())) {
      if (!process.isAlive()) {
        throw new AssertionError("child exited " + process.exitValue() + ": " + out() + err());
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "child not ready after " + timeoutSeconds + " s: " + out() + err());
      }
      Thread.sleep(200);
    }
  }

  /** Waits for the child's exit code. */
  public int waitFor(long timeoutSeconds) throws InterruptedException {
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      throw new AssertionError("child still running after " + timeoutSeconds + " s");
    }
    return process.exitValue();
  }

  /** Never leaves a JVM behind, whatever the test did. */
  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }
}
