package paperkg.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ProgressBarRenderer;
import me.tongfei.progressbar.ProgressState;

/**
 * One progress frame: {@code import 37% [=====> ] 1234 papers, 18.1 papers/s, 4909 tokens/s, ETA
 * 0:01:55} on a terminal, {@code import: 1234 papers (37%), 18.1 papers/s, 4909 tokens/s, 0:01:08
 * elapsed, ETA 0:01:55} as a plain line. The share and the ETA come from the bar's total, which is
 * an estimate (the inputs are not counted ahead, see {@link ReadCount}), so no total is shown. On a
 * narrow terminal the trailing figures go first and the bar keeps at least {@value #MIN_BAR} cells
 * (the library's own renderer shrank it to "[ ]" once counts had four digits).
 */
final class ProgressLine implements ProgressBarRenderer {
  static final int MIN_BAR = 10;
  static final int MAX_BAR = 40;

  private final boolean bar;
  private final LongSupplier tokens;

  ProgressLine(boolean bar, LongSupplier tokens) {
    this.bar = bar;
    this.tokens = tokens;
  }

  @Override
  public String render(ProgressState state, int maxLength) {
    long done = state.getCurrent();
    boolean known = !state.isIndefinite() && state.getMax() > 0;
    Duration elapsed = state.getTotalElapsed();
    double seconds = Math.max(1e-3, elapsed.toMillis() / 1000.0);
    String count = done + " papers";
    List<String> figures = new ArrayList<>();
    figures.add(rate(done / seconds) + " papers/s");
    figures.add(String.format(Locale.ROOT, "%.0f tokens/s", tokens.getAsLong() / seconds));
    if (!bar) {
      figures.add(clock(elapsed) + " elapsed");
    }
    if (known && done > 0 && done < state.getMax()) {
      figures.add(
          "ETA "
              + clock(
                  Duration.ofMillis(
                      (long) (elapsed.toMillis() * (state.getMax() - done) / (double) done))));
    }
    if (!bar) {
      String percent = known ? " (" + percent(done, state.getMax()) + ")" : "";
      return state.getTaskName() + ": " + count + percent + ", " + String.join(", ", figures);
    }
    String head =
        state.getTaskName()
            + " "
            + (known ? String.format(Locale.ROOT, "%4s ", percent(done, state.getMax())) : "");
    // Drop figures from the end until the bar has its minimum width on this terminal.
    while (true) {
      String tail = " " + count + (figures.isEmpty() ? "" : ", " + String.join(", ", figures));
      int room = maxLength - 1 - head.length() - tail.length() - 2;
      if (room >= MIN_BAR || figures.isEmpty()) {
        return head
            + (known ? bar(done, state.getMax(), Math.max(MIN_BAR, Math.min(MAX_BAR, room))) : "")
            + tail;
      }
      figures.remove(figures.size() - 1);
    }
  }

  /** One decimal with a leading zero ("0.5", not ".5"). */
  static String rate(double perSecond) {
    return String.format(Locale.ROOT, "%.1f", perSecond);
  }

  private static String percent(long done, long max) {
    return (int) Math.floor(100.0 * done / max) + "%";
  }

  private static String bar(long done, long max, int width) {
    int full = (int) Math.min(width, Math.floor((double) width * done / max));
    StringBuilder b = new StringBuilder("[");
    b.append("=".repeat(full));
    if (full < width) {
      b.append('>').append(" ".repeat(width - full - 1));
    }
    return b.append(']').toString();
  }

  static String clock(Duration d) {
    long s = d.toSeconds();
    return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
  }
}
