package paperkg.rdf;

import java.text.Normalizer;
import java.util.Locale;

/** Node ids for named things: the same name always gives the same id, so MERGE deduplicates. */
public final class Ids {
  private Ids() {}

  /** "Large Language Model" → "large-language-model"; "GPT-4o" → "gpt-4o"; accents dropped. */
  public static String slug(String name) {
    String ascii =
        Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    String slug = ascii.replaceAll("[^\\p{L}\\p{N}.+]+", "-").replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? Hashes.shortSha256(name) : slug;
  }

  /**
   * An organisation's node id: the slug of its identity key ({@link paperkg.nlp.OrgNames#key}), so "Apple Inc.",
   * "Apple" and "HuggingFace"/"Hugging Face" are one node each.
   */
  public static String organisation(paperkg.nlp.OrgNames.Resolved org) {
    return slug(org.id());
  }
}
