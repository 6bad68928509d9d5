package paperkg.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** The import progress bar on stderr: papers, papers/s, tokens/s and ETA (me.tongfei progressbar; it shows elapsed time and ETA itself). */
final class ProgressDisplay implements paperkg.pipeline.Progress, AutoCloseable {
  private final ProgressBar bar;
  private final long startNanos = System.nanoTime();
  private long tokens;

  private ProgressDisplay(ProgressBar bar) {
    this.bar = bar;
  }

  static ProgressDisplay start(String task, long total, boolean show, PrintWriter err) {
    if (!show) {
      return new ProgressDisplay(null);
    }
    ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(total)
            .setUnit(" papers", 1)
            .showSpeed()
            .setStyle(ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(500)
            .setConsumer(new ConsoleProgressBarConsumer(System.err))
            .build();
    return new ProgressDisplay(bar);
  }

  @Override
  public void advance(long paperTokens) {
    tokens += paperTokens;
    if (bar == null) {
      return;
    }
    bar.step();
    double seconds = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
    bar.setExtraMessage(String.format(" %.0f tokens/s", tokens / seconds));
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
