package paperkg.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;

/**
 * The import's progress on stderr, driven by me.tongfei progressbar (its update thread, terminal
 * width and frames): on a terminal a bar redrawn in place; otherwise (a file, a pipe, a CI log) one
 * plain line every {@value #PLAIN_INTERVAL_MILLIS} ms and a last one at the end, no carriage
 * returns. Both end with a newline. The total is an estimate that the reading refines as it goes
 * ({@link ReadCount#expectedPapers()}: the inputs are read once, not counted first); while it is
 * unknown the line shows counts and rates without a bar. Ctrl-C while it runs prints one line
 * saying how far the import got (the JVM then exits 130, SIGINT's code).
 */
final class ProgressDisplay implements paperkg.pipeline.Progress, AutoCloseable {
  static final int TERMINAL_INTERVAL_MILLIS = 500;

  /** Often enough to see a long import move in a log, rarely enough not to fill it. */
  static final int PLAIN_INTERVAL_MILLIS = 5000;

  private final ProgressBar bar;
  private final AtomicLong papers = new AtomicLong();
  private final AtomicLong tokens = new AtomicLong();
  private final LongSupplier expectedTotal;
  private final Thread interruptHook;
  private final boolean terminal;
  private final PrintWriter err;
  private volatile boolean closed;

  private ProgressDisplay(
      String task, LongSupplier expectedTotal, boolean show, boolean terminal, PrintWriter err) {
    this.terminal = terminal;
    this.err = err;
    this.expectedTotal = expectedTotal;
    this.bar = show ? bar(task, expectedTotal.getAsLong(), terminal, err) : null;
    this.interruptHook = new Thread(this::interrupted, "paperkg-progress-interrupt");
    Runtime.getRuntime().addShutdownHook(interruptHook);
  }

  /**
   * @param expectedTotal papers expected in all so far (asked at every paper), negative when
   *     unknown
   * @param err the command's stderr for plain lines; the terminal bar goes to System.err itself
   */
  static ProgressDisplay start(
      String task, LongSupplier expectedTotal, boolean show, PrintWriter err) {
    return new ProgressDisplay(task, expectedTotal, show, Terminal.stderrIsTerminal(), err);
  }

  /** For tests: plain lines into {@code err}, whatever stderr is. */
  static ProgressDisplay plain(String task, LongSupplier expectedTotal, PrintWriter err) {
    return new ProgressDisplay(task, expectedTotal, true, false, err);
  }

  private ProgressBar bar(String task, long total, boolean onTerminal, PrintWriter plainOut) {
    ProgressBarConsumer consumer =
        onTerminal
            ? new ConsoleProgressBarConsumer(System.err)
            // A line is as long as it needs: a log has no width to fit.
            : new DelegatingProgressBarConsumer(
                line -> {
                  plainOut.println(line);
                  plainOut.flush();
                },
                Integer.MAX_VALUE);
    return new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(total > 0 ? total : -1)
        .setUpdateIntervalMillis(onTerminal ? TERMINAL_INTERVAL_MILLIS : PLAIN_INTERVAL_MILLIS)
        .setRenderer(new ProgressLine(onTerminal, tokens::get))
        .setConsumer(consumer)
        .build();
  }

  @Override
  public void advance(long paperTokens) {
    tokens.addAndGet(paperTokens);
    long done = papers.incrementAndGet();
    if (bar != null) {
      long expected = expectedTotal.getAsLong();
      bar.maxHint(expected < 0 ? -1 : Math.max(expected, done));
      bar.step();
    }
  }

  long papers() {
    return papers.get();
  }

  /** On Ctrl-C (or SIGTERM) while the import runs: end the bar's line, then say how far it got. */
  private void interrupted() {
    if (closed) {
      return;
    }
    if (terminal && bar != null) {
      System.err.println();
      System.err.flush();
    }
    err.println("paperkg: interrupted after " + papers.get() + " papers; run again to resume");
    err.flush();
  }

  @Override
  public void close() {
    closed = true;
    if (bar != null) {
      bar.close();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(interruptHook);
    } catch (IllegalStateException shuttingDown) {
      // the hook runs (and sees closed) or has run
    }
  }
}
