package paperkg.cli;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import paperkg.testing.ChildJvm;

/** Reads the progress lines a child JVM's import wrote to its stderr (a file, so plain lines). */
final class ProgressLog {
  private ProgressLog() {}

  /** The paper count of the last line matching {@code line} (group 1), 0 before the first one. */
  static long lastCount(ChildJvm child, Pattern line) {
    try {
      Matcher m = line.matcher(child.err());
      long last = 0;
      while (m.find()) {
        last = Long.parseLong(m.group(1));
      }
      return last;
    } catch (IOException e) {
      return 0;
    }
  }
}
