package paperkg.nlp;

import java.util.List;
import java.util.Locale;

/**
 * The model-family gazetteer ({@code model-families.txt}: GPT, Llama, Qwen …): which capitalised
 * tokens start a named model. Methods reads it to find used models; Organisations to keep model
 * names out of organisations and to tell "DeepSeek-R1" (a model) from "DeepSeek's R1" (its maker).
 */
final class ModelFamilies {
  private final List<String> families;

  ModelFamilies(List<String> lowerCaseFamilies) {
    this.families = List.copyOf(lowerCaseFamilies);
  }

  /** The families shipped in the jar. */
  static ModelFamilies load() {
    return new ModelFamilies(
        Lexicon.lines("model-families.txt").stream().map(f -> f.toLowerCase(Locale.ROOT)).toList());
  }

  /** The token starts a model family name ("GPT-4o", "Llama", "Qwen2.5-7B"), capitalised. */
  boolean startsName(String word) {
    if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    String w = word.toLowerCase(Locale.ROOT);
    for (String f : families) {
      if (f.indexOf(' ') < 0
          && w.startsWith(f)
          && (w.length() == f.length()
              || !Character.isLetter(w.charAt(f.length()))
              || Character.isUpperCase(word.charAt(f.length())))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The token is a family name alone ("Llama", "Qwen"), which names a model only with a version or
   * size.
   */
  boolean isBareFamily(String word) {
    return families.contains(word.toLowerCase(Locale.ROOT));
  }
}
