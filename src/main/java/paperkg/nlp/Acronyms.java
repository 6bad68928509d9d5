package paperkg.nlp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Acronym definitions "long form (ACR)" found with the Schwartz–Hearst rule (Schwartz &amp; Hearst
 * 2003, "A simple algorithm for identifying abbreviation definitions in biomedical text"): every
 * character of the acronym, right to left, is found in the words before the parenthesis, and the
 * first one starts a word.
 */
final class Acronyms {
  private Acronyms() {}

  /**
   * The long form that {@code acronym} abbreviates, as the number of words it takes from the end of
   * {@code before} (the words right before the opening parenthesis), or 0 when none matches.
   */
  static int longFormLength(List<String> before, String acronym) {
    String acr = Text.singularAcronym(acronym);
    int strict = initialsLength(before, acr);
    if (strict > 0) {
      return strict;
    }
    int n = longFormLength(before, acr, false);
    // digits often stand for repetition ("A2PR" ← "Advantage-guided Policy Regularization"): retry
    // without
    return n > 0 || !Text.hasDigit(acr) ? n : longFormLength(before, acr, true);
  }

  /**
   * The strict reading first: every letter of the acronym is the initial of consecutive word parts
   * (split at hyphens), structural words may be skipped — "Proximal Policy Optimization (PPO)",
   * "chain-of-thought (CoT)". Plain Schwartz–Hearst would take "policy optimization" (its second P
   * inside "optimization").
   */
  static int initialsLength(List<String> before, String acr) {
    List<String> parts = new ArrayList<>();
    List<Integer> wordOf = new ArrayList<>();
    int from = Math.max(0, before.size() - 12);
    for (int i = from; i < before.size(); i++) {
      for (String p : before.get(i).split("-")) {
        if (!p.isEmpty()) {
          parts.add(p.toLowerCase(Locale.ROOT));
          wordOf.add(i);
        }
      }
    }
    String letters = acr.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
    if (letters.length() < 2 || !Character.isLetter(acr.charAt(0))) {
      return 0;
    }
    int p = parts.size() - 1;
    for (int s = letters.length() - 1; s >= 0; s--) {
      char c = letters.charAt(s);
      while (p >= 0 && parts.get(p).charAt(0) != c && Text.STOP.contains(parts.get(p))) {
        p--;
      }
      if (p < 0 || parts.get(p).charAt(0) != c) {
        return 0;
      }
      p--;
    }
    int startWord = wordOf.get(p + 1);
    int words = before.size() - startWord;
    return words >= 2 || before.get(startWord).contains("-") ? words : 0;
  }

  private static int longFormLength(List<String> before, String acr, boolean skipDigits) {
    int letters = 0;
    for (int i = 0; i < acr.length(); i++) {
      if (Character.isLetter(acr.charAt(i)) || (!skipDigits && Character.isDigit(acr.charAt(i)))) {
        letters++;
      }
    }
    if (letters < 2 || before.isEmpty()) {
      return 0;
    }
    int maxWords = Math.min(letters + 5, letters * 2);
    int from = Math.max(0, before.size() - maxWords);
    // stop at a structural break: the long form never spans punctuation
    for (int i = before.size() - 1; i >= from; i--) {
      String w = before.get(i);
      if (!Text.hasLetter(w) && !Text.hasDigit(w)) {
        from = i + 1;
        break;
      }
    }
    if (from >= before.size()) {
      return 0;
    }
    List<String> window = before.subList(from, before.size());
    String longText = String.join(" ", window).toLowerCase(Locale.ROOT);
    String shortText = acr.toLowerCase(Locale.ROOT);
    int s = shortText.length() - 1;
    int l = longText.length() - 1;
    while (s >= 0) {
      char c = shortText.charAt(s);
      if (!Character.isLetterOrDigit(c) || (skipDigits && Character.isDigit(c))) {
        s--;
        continue;
      }
      while ((l >= 0 && longText.charAt(l) != c)
          || (s == 0 && l > 0 && Character.isLetterOrDigit(longText.charAt(l - 1)))) {
        l--;
      }
      if (l < 0) {
        return 0;
      }
      l--;
      s--;
    }
    int start = longText.lastIndexOf(' ', l) + 1;
    // count words from start to the end
    int words = 1;
    for (int i = start; i < longText.length(); i++) {
      if (longText.charAt(i) == ' ') {
        words++;
      }
    }
    if (words > window.size()) {
      return 0;
    }
    // the long form must be longer than the acronym and not begin with a structural word
    String first = window.get(window.size() - words).toLowerCase(Locale.ROOT);
    if (Text.STOP.contains(first) || longText.length() - start <= acr.length()) {
      return 0;
    }
    // a one-word "long form" only counts when the acronym takes letters from several parts of it
    // ("SimpleDC" ← "Simplified Digestive Cancer" is three words; "Transformer (TF)" is rejected)
    if (words == 1 && !window.get(window.size() - 1).contains("-")) {
      return 0;
    }
    return words;
  }

  /**
   * A definition in the text: {@code longForm} tokens {@code [start, paren)} of {@code sentence},
   * then "(", the acronym, ")".
   */
  record Definition(String acronym, Sentence sentence, int start, int paren) {
    List<Token> longForm() {
      return sentence.tokens().subList(start, paren);
    }

    List<String> longFormWords() {
      return Token.words(longForm());
    }

    String longFormText() {
      return String.join(" ", longFormWords());
    }
  }

  /**
   * Acronyms defined in these sentences, by singular acronym ("LLM"); the first definition wins.
   */
  static Map<String, Definition> definitions(List<Sentence> sentences) {
    Map<String, Definition> out = new LinkedHashMap<>();
    for (Sentence s : sentences) {
      List<Token> t = s.tokens();
      for (int j = 1; j + 1 < t.size(); j++) {
        if (!Candidates.isParenthesised(t, j) || !Text.isAcronymLike(t.get(j).word())) {
          continue;
        }
        List<String> before = Token.words(t.subList(0, j - 1));
        int n = longFormLength(before, t.get(j).word());
        if (n > 0) {
          out.putIfAbsent(
              Text.singularAcronym(t.get(j).word()),
              new Definition(t.get(j).word(), s, j - 1 - n, j - 1));
        }
      }
    }
    return out;
  }
}
