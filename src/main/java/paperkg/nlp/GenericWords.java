package paperkg.nlp;

import java.util.List;

/**
 * Which words name no concept, from corpus statistics, not a hand list: a word is generic when it
 * is in ≥ {@value #COMMON} of documents, or in ≥ {@value #FREQUENT} of them without repeating
 * within them (burstiness below {@value #BURSTY}: "approach" 1.2, "results" 1.2 vs "agent" 3.5,
 * "diffusion" 2.4). Leading generic modifiers that do not collocate with the rest ("novel
 * framework", "high-quality generation") are dropped from a phrase ({@link #strip}).
 */
final class GenericWords {
  static final double COMMON = 0.6;
  static final double FREQUENT = 0.01;
  static final double BURSTY = 2.0;

  /** A modifier this common is dropped even before a rare phrase ("novel digestive corpus"). */
  static final double VERY_COMMON = 0.1;

  /**
   * A leading generic modifier stays when ≥ this share of the rest's documents have it in front.
   */
  static final double COLLOCATION = 0.25;

  private final CorpusStats stats;

  GenericWords(CorpusStats stats) {
    this.stats = stats;
  }

  boolean isGeneric(String key) {
    double share = stats.share(key);
    return share >= COMMON || (share >= FREQUENT && stats.burstiness(key) < BURSTY);
  }

  /** Every word key generic ("language model" is not: "model" is bursty). */
  boolean allGeneric(List<String> keys) {
    for (String k : keys) {
      if (!isGeneric(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Drops leading modifiers that are generic and do not collocate with the rest of the phrase
   * ("novel framework", "extensive experiments"; not "large language model"). Only adjectives and
   * participles go — a leading noun belongs to a compound ("capacity density") — except in the
   * title, where CoreNLP tags capitalized adjectives as proper nouns ("Comprehensive Survey"):
   * there a word goes only when the rest is a known phrase.
   */
  List<Token> strip(List<Token> tokens, Sentence s) {
    int start = 0;
    while (tokens.size() - start > 1) {
      Token first = tokens.get(start);
      String k = Text.key(first.word());
      if (!isGeneric(k) || Text.isNameLike(first.word())) {
        break;
      }
      List<String> rest = Concepts.keys(Token.words(tokens.subList(start + 1, tokens.size())));
      List<String> all = Concepts.keys(Token.words(tokens.subList(start, tokens.size())));
      int restDf = stats.phraseDf(rest);
      boolean adjective =
          first.pos().startsWith("JJ") || first.pos().equals("VBN") || first.pos().equals("VBG");
      boolean titleWord =
          s.index() == Annotator.TITLE && first.pos().startsWith("NNP") && restDf > 0;
      if (!adjective && !titleWord) {
        break;
      }
      // the modifier collocates with what follows it: "large language model (agents)" keeps
      // "large"; past
      // three words only the first three are compared, the df table holds no longer phrases
      List<String> lead = all.subList(0, Math.min(3, all.size()));
      int followDf = stats.phraseDf(rest.subList(0, lead.size() - 1));
      if (restDf > 0 && stats.phraseDf(lead) >= COLLOCATION * followDf) {
        break;
      }
      // the rest is rare: only a very common modifier ("novel", "existing") goes, "structural"
      // stays
      if (restDf == 0 && stats.share(k) < VERY_COMMON) {
        break;
      }
      start++;
    }
    return tokens.subList(start, tokens.size());
  }
}
