package paperkg.nlp;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a name of a method, model or dataset looks like, and how far it extends over the tokens
 * around it.
 */
final class MethodNames {
  /** Bare sizes are not names: "7B", "3B-32B", "1M". */
  static final Pattern BARE_SIZE =
      Pattern.compile("(?i)\\d+(?:\\.\\d+)?[bmkt](?:-\\d+(?:\\.\\d+)?[bmkt])?");

  /**
   * Dimensions, counts and fragments are not names: "3D", "6DoF", "28LLMs", "2-Gaussian" (of
   * "X^2-Gaussian").
   */
  private static final Pattern NOT_A_NAME =
      Pattern.compile("\\d+[dD](?:oF)?|\\d+[A-Z]{2,}s?|\\d.*");

  /**
   * Hyphenated derivations name a property, not a thing: "LLM-driven", "RL-based", "GPU-friendly".
   */
  static final Pattern DERIVED =
      Pattern.compile(
          ".*-(?:[a-z]+ed|aware|free|like|level|driven|specific|centric|oriented|agnostic|wise|only|style"
              + "|scale|friendly|intensive|efficient|ready|native|heavy|parameter|parameters)$");

  static final Pattern SIZE =
      Pattern.compile("(?i)\\d+(?:\\.\\d+)?[bmkt]|v\\d+(?:\\.\\d+)*|\\d+(?:\\.\\d+)*");

  /** A parameter count at the end of a name: "Qwen2.5-7B", "Mistral Nemo 12B". */
  static final Pattern SIZE_SUFFIX = Pattern.compile("(?i)\\d+(?:\\.\\d+)?[bm]$");

  /**
   * A model family name with a suffix of its own: "Kimi-VL", "Phi-4-reasoning", "Qwen2.5-SynCoder".
   */
  private static final Pattern DERIVED_MODEL =
      Pattern.compile(".*-(?:[A-Za-z][A-Za-z0-9]*[a-z][A-Za-z0-9]*|[A-Z]{2,})$");

  static final Set<String> VARIANT_WORDS =
      Set.of(
          "Turbo",
          "Sonnet",
          "Opus",
          "Haiku",
          "Pro",
          "Flash",
          "Ultra",
          "Nano",
          "Mini",
          "Instruct",
          "Chat",
          "Coder",
          "Nemo",
          "Large",
          "Small",
          "Base",
          "Vision",
          "Max",
          "Plus",
          "Omni",
          "Lite",
          "R1",
          "V3",
          "VL");

  /**
   * Variant words that make a maker's own size or tier of a model, not a new model: "Phi-4-Mini".
   */
  private static final Set<String> SIZE_VARIANTS =
      Set.of(
          "Mini",
          "Nano",
          "Pro",
          "Flash",
          "Ultra",
          "Max",
          "Plus",
          "Lite",
          "Small",
          "Large",
          "Base",
          "Instruct",
          "Chat",
          "Turbo");

  private final CorpusStats stats;
  private final ModelFamilies families;

  MethodNames(CorpusStats stats, ModelFamilies families) {
    this.stats = stats;
    this.families = families;
  }

  ModelFamilies families() {
    return families;
  }

  CorpusStats stats() {
    return stats;
  }

  /** Not a name whatever the context: a dimension, a count, a bare size. */
  static boolean isNotAName(String name) {
    return NOT_A_NAME.matcher(name).matches() || BARE_SIZE.matcher(name).matches();
  }

  /**
   * A name a paper would give its own contribution: name-like, not a dictionary acronym, not a
   * derivation.
   */
  boolean isNewName(String w) {
    return (Text.isNameLike(w) || isNamedCompound(w))
        && !DERIVED.matcher(w).matches()
        && stats.longForm(w) == null
        && (!families.startsName(w) || isDerivedModelName(w));
  }

  /**
   * "Kimi-VL-Thinking": a capitalised hyphenated compound with a name-like part ("VL"), not
   * "Teacher-Forcing".
   */
  static boolean isNamedCompound(String w) {
    if (!w.contains("-") || !Text.isCapitalized(w)) {
      return false;
    }
    for (String part : w.split("-")) {
      if (Text.isNameLike(part)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A family name made the paper's own: "Kimi-VL", "Qwen2.5-SynCoder", not "Qwen2.5-7B" or
   * "GPT-4o".
   */
  boolean isDerivedModelName(String w) {
    return families.startsName(w)
        && DERIVED_MODEL.matcher(w).matches()
        && !SIZE_SUFFIX.matcher(w).find()
        && !SIZE_VARIANTS.contains(w.substring(w.lastIndexOf('-') + 1));
  }

  /**
   * An acronym for a concept rather than a named artefact: in the dictionary, or defined by a
   * lower-case long form.
   */
  boolean isConceptAcronym(String w, Map<String, Acronyms.Definition> defs) {
    if (!Text.isAcronymLike(w)) {
      return false;
    }
    if (stats.longForm(w) != null) {
      return true;
    }
    Acronyms.Definition d = defs.get(Text.singularAcronym(w));
    return d != null && !isNamedLongForm(d.longFormWords());
  }

  /**
   * "Simplified Digestive Cancer" names a thing; "Randomized controlled trials" (sentence start)
   * does not.
   */
  static boolean isNamedLongForm(List<String> words) {
    for (String w : words) {
      if (!Text.STOP.contains(w) && !Text.isCapitalized(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Extends a name to the left over capitalized words that belong to it ("Human Eval", "Mistral
   * Nemo").
   */
  static int start(List<Token> t, int i) {
    int start = i;
    while (start > 0
        && start > i - 2
        && t.get(start - 1).pos().equals("NNP")
        && Text.isCapitalized(t.get(start - 1).word())
        && Text.isNameLike(t.get(start - 1).word())) {
      start--;
    }
    return start;
  }

  /** Extends a name over a following version, size or variant token ("Llama 2", "Qwen2.5 7B"). */
  static int end(List<Token> t, int i) {
    int end = i + 1;
    // … and a variant word ("Hunyuan3D-2 Turbo")
    while (end < t.size()
        && end < i + 3
        && (SIZE.matcher(t.get(end).word()).matches()
            || VARIANT_WORDS.contains(t.get(end).word()))) {
      end++;
    }
    return end;
  }

  /**
   * The end of a Title Case name starting at {@code i} ("Progressive Flow Distillation", "Chain of
   * Mindset", "Writing in the Margins"): two or more capitalised words, joined by at most one
   * lower-case function word each; {@code i} itself when there is none.
   */
  static int titleCaseEnd(List<Token> t, int i) {
    int end = i;
    int words = 0;
    int j = i;
    while (j < t.size() && j < i + 7) {
      String w = t.get(j).word();
      if (isTitleWord(w) && !w.equals("We")) {
        words++;
        j++;
        end = j;
      } else if (words > 0
          && Set.of("of", "the", "in", "for", "to", "via", "&").contains(w)
          && j + 1 < t.size()
          && Text.isCapitalized(t.get(j + 1).word())) {
        j++;
      } else {
        break;
      }
    }
    // "Fish Audio S2": a version or name-like token closes the name
    if (words >= 2
        && end < t.size()
        && (SIZE.matcher(t.get(end).word()).matches()
            || (Text.isNameLike(t.get(end).word()) && Text.hasDigit(t.get(end).word())))) {
      end++;
    }
    return words >= 2 ? end : i;
  }

  /**
   * A capitalised word with lower-case letters ("Flow", "Teacher-Forcing"), not an acronym ("GPU",
   * "VAEs").
   */
  static boolean isTitleWord(String w) {
    if (!Text.isCapitalized(w) || w.length() < 2) {
      return false;
    }
    for (int i = 1; i < w.length(); i++) {
      if (Character.isLowerCase(w.charAt(i))) {
        return Text.upperCount(w) <= 3;
      }
    }
    return false;
  }

  static String join(List<Token> tokens) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < tokens.size(); i++) {
      if (i > 0 && tokens.get(i).begin() > tokens.get(i - 1).end()) {
        sb.append(' ');
      }
      sb.append(tokens.get(i).word());
    }
    return sb.toString();
  }
}
