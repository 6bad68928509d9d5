package paperkg.rdf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Names of arXiv categories ({@code cs.LG} → "Machine Learning") from arXiv's own taxonomy
 * (resources paperkg/arxiv/arxiv_categories.tsv, see its SOURCE.txt). A code the taxonomy lacks
 * keeps no name.
 */
public final class ArxivCategories {
  private static final String RESOURCE = "/paperkg/arxiv/arxiv_categories.tsv";
  private static final Map<String, String> NAMES = load();

  private ArxivCategories() {}

  /** The full name, or null for a code not in the taxonomy. */
  public static String name(String code) {
    return NAMES.get(code);
  }

  /** The name, or the code itself for one the taxonomy lacks (every node has a name). */
  public static String nameOrCode(String code) {
    return NAMES.getOrDefault(code, code);
  }

  private static Map<String, String> load() {
    Map<String, String> names = new HashMap<>();
    InputStream in = ArxivCategories.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException(RESOURCE + " missing from the jar");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      r.readLine(); // header: id, full_name, in_archive, is_active, alt_name, is_general,
      // description
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split("\t", -1);
        if (f.length > 1 && !f[0].isBlank()) {
          names.put(f[0], f[1]);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + RESOURCE, e);
    }
    return Map.copyOf(names);
  }
}
