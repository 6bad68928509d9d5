package paperkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import paperkg.PaperkgException;

/** Small file helpers shared by commands. */
final class CliFiles {
  private CliFiles() {}

  /** The argument itself, or the content of FILE when written as {@code @FILE}. */
  static String textOrFile(String arg) {
    if (!arg.startsWith("@")) {
      return arg;
    }
    Path path = Path.of(arg.substring(1));
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw PaperkgException.badInput(path, 0, "cannot read: " + e.getMessage());
    }
  }
}
