package paperkg.source;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import paperkg.PaperkgException;

/**
 * The {@link ErrorHandler} of the CLI and the tests: where readers report a record they cannot use
 * (a bad JSON line, an entry without a title, a bad date). Strict: the first one is fatal. Lenient
 * (the CLI's default): it is printed as a warning with its {@code file:line}, skipped and counted,
 * and the good records go on.
 *
 * <p>An input that yields no good paper at all is still fatal, with its first bad record as the
 * message: a file of binary junk or the wrong format is one error, not thousands of warnings.
 * Warnings of an input are therefore held back until its first good paper.
 *
 * <p>Every report counts: the commands read each input once (progress is counted as they read), so
 * a record reported twice would be a reader's bug, not a second pass.
 */
public final class BadRecords implements ErrorHandler {
  /** Warnings printed before the rest are only counted; a corrupt corpus must not flood stderr. */
  static final int MAX_WARNINGS = 20;

  private final boolean strict;
  private final PrintWriter warnings;

  /** Set by {@link #forwarding}: where warnings and bad records go instead. */
  private ErrorHandler forward;

  private long count;
  private final List<PaperkgException> held = new ArrayList<>();
  private boolean inputHasPapers;

  private BadRecords(boolean strict, PrintWriter warnings) {
    this.strict = strict;
    this.warnings = warnings;
  }

  /** The first bad record is fatal (the readers' default, and {@code --strict}). */
  public static BadRecords strict() {
    return new BadRecords(true, null);
  }

  /** Bad records are skipped; warnings go to {@code warnings} (null: counted silently). */
  public static BadRecords lenient(PrintWriter warnings) {
    return new BadRecords(false, warnings);
  }

  /**
   * Lenient, and every warning and bad record goes straight to {@code target}, not held back or
   * counted here: for readers whose input is judged elsewhere (a Spark task reads part of an input;
   * its driver reports).
   */
  public static BadRecords forwarding(ErrorHandler target) {
    BadRecords bad = new BadRecords(false, null);
    bad.forward = target;
    return bad;
  }

  public boolean isStrict() {
    return strict;
  }

  /** A reader found a record it skips; throws {@code bad} itself when strict. */
  public void report(PaperkgException bad) {
    error(bad);
  }

  @Override
  public synchronized void warning(String source, long line, String message) {
    if (forward != null) {
      forward.warning(source, line, message);
      return;
    }
    if (warnings != null) {
      warnings.println(
          "paperkg: warning: " + (line > 0 ? source + ":" + line : source) + ": " + message);
      warnings.flush();
    }
  }

  @Override
  public synchronized void error(PaperkgException bad) {
    if (strict) {
      throw bad;
    }
    if (forward != null) {
      forward.error(bad);
      return;
    }
    if (inputHasPapers) {
      record(bad);
    } else {
      held.add(bad);
    }
  }

  /** How many bad records were skipped so far. */
  public synchronized long count() {
    return count;
  }

  /**
   * Starts an input (public for callers that read inputs outside this package: the Spark driver).
   */
  public synchronized void startInput() {
    inputHasPapers = false;
    held.clear();
  }

  public synchronized void paperRead() {
    if (!inputHasPapers) {
      inputHasPapers = true;
      held.forEach(this::record);
      held.clear();
    }
  }

  /** Ends an input; one without any good paper is bad input as a whole. */
  public synchronized void endInput(String name, String whyEmpty) {
    if (inputHasPapers) {
      return;
    }
    if (!held.isEmpty()) {
      PaperkgException first = held.get(0);
      String more = held.size() > 1 ? " (and " + (held.size() - 1) + " more bad records)" : "";
      throw new PaperkgException(
          first.exitCode(), first.getMessage() + "; no good paper in the input" + more, first);
    }
    throw PaperkgException.badInput(name, 0, whyEmpty);
  }

  private void record(PaperkgException bad) {
    count++;
    if (warnings == null) {
      return;
    }
    if (count <= MAX_WARNINGS) {
      warnings.println("paperkg: warning: " + bad.getMessage() + " (record skipped)");
    } else if (count == MAX_WARNINGS + 1) {
      warnings.println("paperkg: warning: more bad records are skipped without a warning");
    }
    warnings.flush();
  }
}
