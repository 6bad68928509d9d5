package paperkg.rdf;

import java.text.Normalizer;
import java.util.Locale;

/** Node ids for named things: the same name always gives the same id, so MERGE deduplicates. */
public final class Ids {
  private Ids() {}

  /** "Large Language Model" → "large-language-model"; "GPT-4o" → "gpt-4o"; accents dropped. */
  public static String slug(String name) {
    String ascii =
        Normalizer.normalize(name, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    String slug = ascii.replaceAll("[^\\p{L}\\p{N}.+]+", "-").replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? Hashes.shortSha256(name) : slug;
  }
}
