package paperkg.nlp;

import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;

/**
 * Small string helpers shared by the corpus statistics builder and the extractor (no CoreNLP here).
 */
final class Text {
  private Text() {}

  private static final EnglishMinimalStemmer STEMMER = new EnglishMinimalStemmer();
  private static final java.util.regex.Pattern SIBILANT_ES =
      java.util.regex.Pattern.compile("(?:sses|(?:[^aeiou]|[aeo][aeo])ches|shes|xes|zzes)$");

  /**
   * Structural words: they never start or end a phrase. Not a list of "generic" content words —
   * those come from corpus document frequencies.
   */
  static final Set<String> STOP =
      Set.of(
          "a", "an", "the", "of", "and", "or", "in", "on", "for", "to", "with", "by", "from", "as",
          "at", "is", "are", "was", "were", "be", "been", "being", "this", "that", "these", "those",
          "it", "its", "we", "our", "us", "they", "their", "which", "who", "whom", "whose", "such",
          "than", "then", "can", "could", "may", "might", "will", "would", "should", "shall",
          "must", "do", "does", "did", "has", "have", "had", "not", "no", "nor", "but", "if",
          "while", "into", "onto", "via", "over", "under", "between", "among", "through", "across",
          "about", "also", "both", "each", "all", "any", "some", "most", "more", "less", "many",
          "much", "other", "another", "same", "own", "only", "very", "so", "too", "up", "down",
          "out", "off", "here", "there", "when", "where", "how", "what", "why", "i", "e", "g", "ie",
          "eg", "etc", "vs", "per", "without", "within", "upon", "after", "before", "during",
          "against", "toward", "towards", "based", "using", "used", "use");

  /**
   * The lookup key of one word: lower case, plural folded by Lucene's EnglishMinimalStemmer
   * ("models" → "model", "strategies" → "strategy", "LLMs" → "llm"), plus "-sses/-ches/-shes/-xes"
   * → drop "es" ("processes"), which the minimal stemmer leaves as "processe". Hyphenated words,
   * "-is"/"-as" words (analysis, bias) and structural words are left alone. Used for corpus df keys
   * and topic identity.
   */
  static String key(String word) {
    return KEYS.apply(word);
  }

  private static final WordMemo<String> KEYS = new WordMemo<>(Text::computeKey);

  private static String computeKey(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.length() > 4 && SIBILANT_ES.matcher(lower).find()) {
      return lower.substring(0, lower.length() - 2); // "processes", "approaches", "boxes"
    }
    if (lower.length() < 4
        || !lower.endsWith("s")
        || lower.endsWith("is")
        || lower.endsWith("as")
        || lower.indexOf('-') >= 0
        || STOP.contains(lower)
        || isAcronymLike(word.substring(0, word.length() - 1))) {
      return isAcronymLike(word) ? singularAcronym(word).toLowerCase(Locale.ROOT) : lower;
    }
    char[] chars = lower.toCharArray();
    int len = STEMMER.stem(chars, chars.length);
    return new String(chars, 0, len);
  }

  /** Key of a phrase: word keys joined by one space. */
  static String phraseKey(java.util.List<String> words) {
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(key(w));
    }
    return sb.toString();
  }

  /**
   * Hyphen and space variants are the same concept: "vision-language model" ~ "vision language
   * model".
   */
  static String looseKey(String phraseKey) {
    return phraseKey.replace('-', ' ');
  }

  static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static int upperCount(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isUpperCase(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Acronym-shaped: 2–12 chars of letters/digits/hyphens, at least two capitals, one of them inside
   * a word part, e.g. LLM, LLMs, VLMs, RLHF, GSM8K, SimpleDC, MMLU-Pro; not "Multi-Turn".
   */
  static boolean isAcronymLike(String w) {
    if (w.length() < 2 || w.length() > 12 || !Character.isLetterOrDigit(w.charAt(0))) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != '-') {
        return false;
      }
    }
    if (upperCount(w) < 2 || !Character.isUpperCase(firstLetter(w))) {
      return false;
    }
    // one capital inside a word part: "Multi-Turn" and "Vision-Language" are title case, not
    // acronyms
    for (int i = 1; i < w.length(); i++) {
      if (Character.isUpperCase(w.charAt(i)) && w.charAt(i - 1) != '-') {
        return true;
      }
    }
    return false;
  }

  /** "LLMs" → "LLM", "VLMs" → "VLM"; other words unchanged. */
  static String singularAcronym(String w) {
    if (w.length() > 2
        && w.endsWith("s")
        && upperCount(w.substring(0, w.length() - 1)) >= 2
        && Character.isUpperCase(w.charAt(w.length() - 2))) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  /**
   * Name-like: the kind of token that names one thing rather than a concept — internal capitals
   * (WeDesign, ThinkPatterns-21k, DeepSeek-V3), an acronym (SIRI, MMLU), or letters with digits
   * (GPT-4, Qwen2.5-7B).
   */
  static boolean isNameLike(String w) {
    if (!hasLetter(w) || w.length() < 2) {
      return false;
    }
    if (isAcronymLike(w)) {
      return true;
    }
    if (Character.isUpperCase(firstLetter(w)) && hasDigit(w)) {
      return true;
    }
    // internal capital after a lower-case letter: WeDesign, MedAgent, OpenAI, iPhone
    for (int i = 1; i < w.length(); i++) {
      if (Character.isUpperCase(w.charAt(i)) && Character.isLowerCase(w.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }

  static char firstLetter(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetter(w.charAt(i))) {
        return w.charAt(i);
      }
    }
    return ' ';
  }

  static boolean isCapitalized(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }
}
