package paperkg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Keyphrase candidates by part-of-speech pattern: maximal runs of adjectives and nouns that end in
 * a noun ({@code (JJ|NN|hyphen-compound VBN/VBG)* NN}), capped at {@value #MAX_WORDS} words. A
 * token that is an acronym in parentheses is its own candidate, so "large language models (LLMs)"
 * gives two candidates that {@link Topics} later merges. Leading generic modifiers are removed by
 * {@link Topics}, not here.
 */
final class Candidates {
  private Candidates() {}

  static final int MAX_WORDS = 5;

  private static final Set<String> NOUN = Set.of("NN", "NNS", "NNP", "NNPS");
  private static final Set<String> MODIFIER =
      Set.of("JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS");

  /** One candidate: tokens {@code [start, end)} of sentence {@code sentence}. */
  record Candidate(Sentence sentence, int start, int end) {
    List<Token> tokens() {
      return sentence.tokens().subList(start, end);
    }

    List<String> words() {
      return Token.words(tokens());
    }

    String text() {
      return String.join(" ", words());
    }

    Candidate from(int newStart) {
      return new Candidate(sentence, newStart, end);
    }
  }

  static List<Candidate> of(Sentence s) {
    List<Candidate> out = new ArrayList<>();
    List<Token> t = s.tokens();
    int i = 0;
    while (i < t.size()) {
      if (!canStart(t.get(i)) || isLatex(s, t.get(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < t.size()
          && canContinue(t.get(j))
          && !isParenthesised(t, j)
          && !isLatex(s, t.get(j))
          && !(j > i && isMixedCaseName(t.get(j).word()))
          && (j == i || !isLatex(s, t.get(j)))) {
        j++;
      }
      // trim to the last noun
      int end = j;
      while (end > i && !isNoun(t.get(end - 1))) {
        end--;
      }
      if (end - i >= 3 && isTitleVerb(s, t, i)) {
        i++; // "Generating multi-view consistent PBR textures": a verb, not a modifier
      }
      if (end > i
          && !allLocation(t, i, end)
          && !(end - i == 1
              && letters(t.get(i).word()) < 3
              && !Text.isAcronymLike(t.get(i).word()))) {
        int start = Math.max(i, end - MAX_WORDS);
        out.add(new Candidate(s, start, end));
      }
      if (j < t.size() && isParenthesised(t, j) && isNoun(t.get(j))) {
        out.add(new Candidate(s, j, j + 1));
        j++;
      }
      i = Math.max(j, i + 1);
    }
    return out;
  }

  /**
   * A gerund opening a title or a title's clause ("Building ...", "X: Rethinking ..."), which
   * CoreNLP tags as a proper noun in title case.
   */
  private static boolean isTitleVerb(Sentence s, List<Token> t, int i) {
    boolean clauseStart =
        i == 0 || t.get(i - 1).word().equals(":") || t.get(i - 1).word().equals("-");
    String w = t.get(i).word();
    return s.index() == Annotator.TITLE
        && clauseStart
        && w.length() > 5
        && w.endsWith("ing")
        && Character.isUpperCase(w.charAt(0));
  }

  static boolean isNoun(Token t) {
    return NOUN.contains(t.pos())
        && Text.hasLetter(t.word())
        && !Text.STOP.contains(t.word().toLowerCase());
  }

  /**
   * A phrase starts at a word of two letters or more ("a", "x" open none), or at "3D"/"2D": with
   * one letter, "3D" could only continue a phrase, so "3D scene reconstruction" was read as "scene
   * reconstruction" and the vocabulary's 68 "3D …" entries (1,140 corpus papers) reached no paper.
   */
  private static boolean canStart(Token t) {
    return canContinue(t)
        && !Text.STOP.contains(t.word().toLowerCase())
        && (letters(t.word()) >= 2 || DIMENSION.matcher(t.word()).matches());
  }

  private static final java.util.regex.Pattern DIMENSION =
      java.util.regex.Pattern.compile("\\d[dD]");

  private static int letters(String w) {
    int n = 0;
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetter(w.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  private static boolean canContinue(Token t) {
    String w = t.word();
    if (!Text.hasLetter(w) || w.length() > 40 || isLinkLike(w) || "PERSON".equals(t.ner())) {
      return false;
    }
    // versioned names and sizes (GPT-4o, Llama-3.1, 32B) are methods' business, not topic words;
    // "3D" stays
    if (Text.hasDigit(w) && Text.isNameLike(w) && !DIMENSION.matcher(w).matches()) {
      return false;
    }
    if (MODIFIER.contains(t.pos())) {
      return true;
    }
    // hyphenated participles act as adjectives: "pre-trained", "LLM-driven", "multi-turn"
    return (t.pos().equals("VBN") || t.pos().equals("VBG")) && t.word().indexOf('-') > 0;
  }

  /** "\\theta", "\\mathfrak": a LaTeX command left in the abstract. */
  static boolean isLatex(Sentence s, Token t) {
    int at = t.begin() - s.begin() - 1;
    return at >= 0 && at < s.text().length() && s.text().charAt(at) == '\\';
  }

  /**
   * "TravelPlanner", "OpenAI": a name that starts its own candidate rather than ending another one.
   */
  private static boolean isMixedCaseName(String w) {
    return Text.isNameLike(w) && !Text.isAcronymLike(w);
  }

  /**
   * A URL, path or e-mail address; "neural/fuzzy" and "OR/MS" (a slash between two words) are
   * words.
   */
  static boolean isLinkLike(String w) {
    return (w.contains("/") && !w.matches("\\p{L}+/\\p{L}+"))
        || w.contains("@")
        || w.startsWith("www.");
  }

  private static boolean allLocation(List<Token> t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!"LOCATION".equals(t.get(k).ner())) {
        return false;
      }
    }
    return true;
  }

  /** Token j is "(", X, ")" style: an acronym-like word directly between parentheses. */
  static boolean isParenthesised(List<Token> t, int j) {
    return j > 0 && j + 1 < t.size() && isOpen(t.get(j - 1).word()) && isClose(t.get(j + 1).word());
  }

  static boolean isOpen(String w) {
    return w.equals("(") || w.equals("-LRB-");
  }

  static boolean isClose(String w) {
    return w.equals(")") || w.equals("-RRB-");
  }
}
