package paperkg.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The one loader of the word lists and gazetteers shipped under {@code /paperkg/nlp/} (see the
 * README there). A missing or unreadable file is a packaging error that would silently lower
 * quality, so it fails at once with the file's name instead of falling back.
 */
public final class Lexicon {
  private Lexicon() {}

  /** The folder of the shipped files on the class path. */
  static final String FOLDER = "/paperkg/nlp/";

  /**
   * Opens a shipped file for a reader with its own format (a table with typed columns, a gzipped
   * statistic). Every shipped file is opened here, so every packaging slip fails the same way.
   *
   * @throws IllegalStateException when the file is not on the class path
   */
  public static InputStream open(String file) {
    String path = FOLDER + file;
    InputStream in = Lexicon.class.getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException(
          "missing resource " + path + " (a packaging error: the jar is incomplete)");
    }
    return in;
  }

  /** The non-blank lines of a resource that are not {@code #} comments, stripped, in file order. */
  public static List<String> lines(String file) {
    String path = FOLDER + file;
    InputStream in = open(file);
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read resource " + path + ": " + e.getMessage(), e);
    }
    return List.copyOf(out);
  }

  /** The tab-separated fields of each line of {@link #lines}. */
  public static List<String[]> tsv(String file) {
    return lines(file).stream().map(l -> l.split("\t")).toList();
  }
}
