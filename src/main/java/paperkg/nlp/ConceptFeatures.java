package paperkg.nlp;

/**
 * What the keyphrase ranker ({@link KeyphraseModel}) reads of a concept, by name. {@link #vector()}
 * lists them in the order of {@link KeyphraseModel#FEATURES}, the names the shipped weights are
 * keyed by.
 */
record ConceptFeatures(
    double logCount,
    double phraseIdf,
    double meanWordIdf,
    double minWordIdf,
    int words,
    boolean inTitle,
    boolean inFirstSentence,
    double firstPosition,
    boolean generic,
    boolean nameOnly,
    boolean longForm,
    double logCentrality,
    boolean genericModifier,
    double heuristicScore,
    boolean acronym,
    boolean hyphen,
    boolean digit,
    boolean capitalizedMidText,
    boolean knownPhrase,
    double logSurfaces,
    boolean adjectiveStart,
    boolean pluralHead,
    double logAllCount,
    boolean tailOnly) {

  /**
   * The features of a concept whose heuristic score is {@code c.score}; {@code max} is the paper's
   * best.
   */
  static ConceptFeatures of(Concept c, double max, int sentences, CorpusStats stats) {
    double minIdf = Double.MAX_VALUE;
    for (String k : c.dfKeys) {
      minIdf = Math.min(minIdf, stats.idf(k));
    }
    String text = c.surface();
    int words = c.dfKeys.size();
    return new ConceptFeatures(
        Math.log(1 + c.count),
        c.idf / 10,
        c.wordIdf / 10,
        minIdf / 10,
        words,
        c.inTitle,
        c.inFirst,
        c.first.index() / (double) Math.max(1, sentences),
        c.generic,
        c.nameOnly,
        c.longForm,
        Math.log(c.centrality),
        c.stripped,
        max == 0 ? 0 : c.score / max,
        text.indexOf(' ') < 0 && Text.isAcronymLike(text),
        text.indexOf('-') >= 0,
        Text.hasDigit(text),
        Character.isUpperCase(text.charAt(0)) && !c.inTitle && c.first.index() != 1,
        words > 1 && stats.phraseDf(c.dfKeys) > 0,
        Math.log(Math.max(1, c.surfaces.size())),
        c.adjectiveStart,
        c.pluralHead,
        Math.log(1 + c.count + c.tailCount),
        c.count == 0);
  }

  /** The values in the order of {@link KeyphraseModel#FEATURES}. */
  double[] vector() {
    return new double[] {
      1,
      logCount,
      phraseIdf,
      meanWordIdf,
      minWordIdf,
      flag(words == 1),
      flag(words == 2),
      flag(words == 3),
      flag(words >= 4),
      flag(inTitle),
      flag(inFirstSentence),
      firstPosition,
      flag(generic),
      flag(nameOnly),
      flag(longForm),
      logCentrality,
      flag(genericModifier),
      heuristicScore,
      flag(acronym),
      flag(hyphen),
      flag(digit),
      flag(capitalizedMidText),
      flag(knownPhrase),
      logSurfaces,
      flag(adjectiveStart),
      flag(pluralHead),
      logAllCount,
      flag(tailOnly)
    };
  }

  private static double flag(boolean b) {
    return b ? 1 : 0;
  }
}
