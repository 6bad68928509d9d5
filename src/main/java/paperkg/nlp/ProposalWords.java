package paperkg.nlp;

import java.util.List;
import java.util.Set;

/** Token predicates that several proposal cues share ({@link Proposals}). */
final class ProposalWords {
  private ProposalWords() {}

  /** Words that credit a name to earlier work in the same sentence. */
  static final Set<String> PRIOR_WORK =
      Set.of(
          "et",
          "al.",
          "previous",
          "previously",
          "prior",
          "existing",
          "recent",
          "recently",
          "popular",
          "widely",
          "standard",
          "conventional",
          "original",
          "such",
          "like",
          "e.g.",
          "including",
          "baseline",
          "baselines");

  /** A capitalized word in fewer documents than this may start a title name ("Panacea: …"). */
  static final double RARE_TITLE_WORD = 0.002;

  /** A capitalised word rare in the corpus or name-like: "Hint-infer", "MVFuser". */
  static boolean isCoinedWord(MethodNames names, String w) {
    return names.isNewName(w)
        || (Text.isCapitalized(w)
            && !MethodNames.DERIVED.matcher(w).matches()
            && w.length() > 3
            && names.stats().share(Text.key(w)) < RARE_TITLE_WORD
            && !names.families().startsName(w));
  }

  /**
   * Between "our" and the name: adjectives, participles, nouns, one comma ("our newly introduced",
   * "Our method ,").
   */
  static boolean ownModifier(Token x) {
    String pos = x.pos();
    return pos.startsWith("JJ")
        || pos.equals("VBN")
        || pos.equals("RB")
        || pos.startsWith("NN")
        || x.word().equals(",")
        || pos.equals("CD");
  }

  static boolean credits(List<Token> t, Set<String> words) {
    for (Token x : t) {
      if (words.contains(lower(x.word()))) {
        return true;
      }
    }
    return false;
  }

  static String lower(String s) {
    return s == null ? "" : s.toLowerCase(java.util.Locale.ROOT);
  }
}
