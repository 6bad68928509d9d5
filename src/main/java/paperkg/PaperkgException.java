package paperkg;

import java.nio.file.Path;

/**
 * A failure the user can act on: a one-line message and the exit code it maps to. Each layer
 * translates library failures into this at its edge, so the CLI prints one line and no stack trace.
 */
public class PaperkgException extends RuntimeException {
  private final int exitCode;

  public PaperkgException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public PaperkgException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }

  public static PaperkgException usage(String message) {
    return new PaperkgException(ExitCodes.USAGE, message);
  }

  /** Bad input at a place in a file; renders as {@code path:line: msg} (line ≤ 0 leaves it out). */
  public static PaperkgException badInput(String source, long line, String message) {
    String where = line > 0 ? source + ":" + line : source;
    return new PaperkgException(ExitCodes.USAGE, where + ": " + message);
  }

  public static PaperkgException badInput(Path path, long line, String message) {
    return badInput(path.toString(), line, message);
  }

  public static PaperkgException unavailable(String message, Throwable cause) {
    return new PaperkgException(ExitCodes.STORE, message, cause);
  }

  public static PaperkgException jobFailed(String message) {
    return new PaperkgException(ExitCodes.JOB_FAILED, message);
  }
}
