package paperkg.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import paperkg.source.Listing;
import paperkg.source.Paper;

/**
 * Just enough of the seed listing format for NLP tests (the real reader lives in paperkg.source): a
 * title line, a blank line, the abstract on one line, then either "• N authors" or "handle Name"
 * (the submitting organisation), "·" and a date.
 */
final class SeedListing {
  /**
   * The seed listing as shipped in examples/ (relative to the checkout, Maven's working directory
   * for tests).
   */
  static final Path SEED = Path.of("examples/hf-daily-papers-nov05.txt");

  private SeedListing() {}

  static List<Paper> papers() {
    List<String> lines;
    try {
      lines = Files.readAllLines(SEED, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> ne = new ArrayList<>();
    for (String l : lines) {
      if (!l.isBlank()) {
        ne.add(l.strip());
      }
    }
    List<Paper> out = new ArrayList<>();
    for (int i = 0; i + 1 < ne.size(); i++) {
      String title = ne.get(i);
      String abs = ne.get(i + 1);
      // an abstract is a long line that follows a shorter title line which is not metadata
      if (abs.length() < 250
          || title.length() > 250
          || title.startsWith("•")
          || title.equals("·")) {
        continue;
      }
      Paper.Builder b =
          Paper.builder(title).abstractText(abs).source(SEED + "#" + (out.size() + 1));
      if (i + 2 < ne.size()) {
        String meta = ne.get(i + 2);
        int sp = meta.indexOf(' ');
        if (!meta.startsWith("•")
            && !meta.equals("·")
            && sp > 0
            && meta.length() < 80
            && i + 3 < ne.size()
            && ne.get(i + 3).equals("·")) {
          b.submitter(new Listing(meta.substring(0, sp), meta.substring(sp + 1).strip()));
        }
      }
      out.add(b.build());
      i++;
    }
    return out;
  }

  static Paper byTitlePrefix(String prefix) {
    return papers().stream()
        .filter(p -> p.title().startsWith(prefix))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no seed paper titled " + prefix));
  }
}
