package paperkg.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: run a reader over real data files, fixtures or inline text and collect papers. */
final class Papers {
  /**
   * Real data subsets kept in the repository (each folder's SOURCE.txt gives origin and licence),
   * relative to the project root (Maven's working directory for tests).
   */
  static final Path DATA = Path.of("src/test/resources/data");

  /** The seed listing a new user imports first (87 papers). */
  static final Path SEED = Path.of("examples/hf-daily-papers-nov05.txt");

  static final Path TESTDATA = Path.of("src/test/resources/paperkg/source/testdata");

  private Papers() {}

  static List<Paper> read(PaperReader reader, Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      List<Paper> out = new ArrayList<>();
      reader.read(in, file.toString(), out::add);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Paper> read(PaperReader reader, String sourceName, String text) {
    try {
      List<Paper> out = new ArrayList<>();
      reader.read(
          new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), sourceName, out::add);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Paper byTitlePrefix(List<Paper> papers, String prefix) {
    return papers.stream()
        .filter(p -> p.title().startsWith(prefix))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no paper titled " + prefix + "…"));
  }
}
