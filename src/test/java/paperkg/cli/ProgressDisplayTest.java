package paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.junit.jupiter.api.Test;

/**
 * Progress frames as the progressbar library draws them with our renderer: plain lines off a
 * terminal, a bar that keeps its width on an 80-column terminal, rates with a leading zero, a final
 * newline always.
 */
class ProgressDisplayTest {
  /**
   * The last frame of a bar at {@code done} of {@code max} papers, {@code seconds} after its start.
   */
  private static String frame(
      boolean terminal, long done, long max, long seconds, long tokens, int width) {
    List<String> frames = new ArrayList<>();
    try (ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName("import")
            .setInitialMax(max)
            .startsFrom(done, Duration.ofSeconds(seconds))
            .setRenderer(new ProgressLine(terminal, () -> tokens))
            .setConsumer(new DelegatingProgressBarConsumer(frames::add, width))
            .setUpdateIntervalMillis(60_000)
            .build()) {
      bar.stepTo(done);
    }
    return frames.get(frames.size() - 1);
  }

  @Test
  void plainLinesAreWholeLinesWithANewline() {
    StringWriter err = new StringWriter();
    try (ProgressDisplay progress =
        ProgressDisplay.plain("import", () -> 3, new PrintWriter(err))) {
      progress.advance(100);
      progress.advance(100);
      progress.advance(100);
    }
    String out = err.toString();
    assertFalse(out.contains("\r"), out);
    assertTrue(out.endsWith("\n"), out);
    String last = out.strip().lines().reduce((a, b) -> b).orElseThrow();
    assertTrue(last.startsWith("import: 3 papers (100%), "), last);
    assertTrue(
        last.contains(" papers/s, ") && last.contains(" tokens/s, ") && last.contains(" elapsed"),
        last);
  }

  @Test
  void theShareFollowsTheEstimatedTotalAsTheReadingRefinesIt() {
    StringWriter err = new StringWriter();
    java.util.concurrent.atomic.AtomicLong expected =
        new java.util.concurrent.atomic.AtomicLong(-1);
    try (ProgressDisplay progress =
        ProgressDisplay.plain("import", expected::get, new PrintWriter(err))) {
      progress.advance(10); // nothing known yet: counts and rates only
      expected.set(8); // the reading has seen enough to estimate 8 papers
      progress.advance(10);
    }
    String last = err.toString().strip().lines().reduce((a, b) -> b).orElseThrow();
    assertTrue(last.startsWith("import: 2 papers (25%), "), last);
    assertTrue(last.contains(" ETA "), last);
  }

  @Test
  void slowRatesKeepTheirLeadingZero() {
    String line = frame(false, 1_000, 10_000, 2_000, 100, Integer.MAX_VALUE);
    assertTrue(line.contains(", 0.5 papers/s, "), line);
    assertTrue(line.matches(".*ETA 5:0\\d:\\d\\d"), line);
  }

  @Test
  void theBarKeepsItsWidthAtFourDigitCountsOnAnEightyColumnTerminal() {
    String line = frame(true, 1234, 9868, 68, 1_234_567, 80);
    assertTrue(line.length() < 80, line.length() + ": " + line);
    assertTrue(
        line.matches("import  12% \\[=+> {" + (ProgressLine.MIN_BAR - 2) + ",}] 1234 papers.*"),
        line);
    assertTrue(line.contains("18.1 papers/s"), line);
  }

  @Test
  void aWideTerminalShowsEverything() {
    // rates and ETA come from wall time (68 s before the start, plus however long the test takes to
    // get here)
    String line = frame(true, 1234, 9868, 68, 1_234_567, 200);
    assertTrue(
        line.matches(".*\\] 1234 papers, 18\\.\\d papers/s, 18\\d{3} tokens/s, ETA 0:07:5\\d"),
        line);
  }

  @Test
  void anUnknownTotalShowsCountsAndRates() {
    String line = frame(false, 42_000, -1, 10_000, 4_200_000, Integer.MAX_VALUE);
    assertTrue(
        line.matches("import: 42000 papers, 4\\.2 papers/s, 420 tokens/s, 2:46:4\\d elapsed"),
        line);
  }
}
