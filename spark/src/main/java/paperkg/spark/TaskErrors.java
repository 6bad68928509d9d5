package paperkg.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import paperkg.PaperkgException;
import paperkg.source.ErrorHandler;

/**
 * A task's {@link ErrorHandler}: lenient, and it keeps what the readers report for the driver,
 * which prints it like the CLI (an input's bad records are found by several tasks and judged as one
 * input there).
 */
final class TaskErrors implements ErrorHandler {
  /**
   * Messages a task sends back per kind; beyond these it only counts (the driver prints 20 anyway).
   */
  static final int MAX_MESSAGES = 100;

  /** A reader's warning about a record it still used. */
  record Warning(String source, long line, String message) implements Serializable {}

  final List<String> errors = new ArrayList<>();
  final List<Warning> warnings = new ArrayList<>();
  long errorCount;

  @Override
  public synchronized void warning(String source, long line, String message) {
    if (warnings.size() < MAX_MESSAGES) {
      warnings.add(new Warning(source, line, message));
    }
  }

  @Override
  public synchronized void error(PaperkgException bad) {
    if (errors.size() < MAX_MESSAGES) {
      errors.add(bad.getMessage());
    }
    errorCount++;
  }
}
