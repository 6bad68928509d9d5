package paperkg.nlp;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One concept of a paper while its mentions are gathered ({@link Concepts}): the identity {@link
 * #key} ({@link ConceptIdentity}), its name and what the mentions say about it. Filled in by {@link
 * Concepts}, read by the keyphrase ranker and the topic selector; not shared between papers or
 * threads.
 */
final class Concept {
  final String key;
  String name;

  /** Corpus df keys of its words ({@link Text#key}); an acronym's are its long form's. */
  List<String> dfKeys;

  /**
   * An acronym's long form (defined here or in the corpus dictionary), or the acronym spelled out.
   */
  boolean longForm;

  /** Names one thing (an undefined acronym, a method's name), not a concept. */
  boolean nameOnly;

  /** Whole mentions (a candidate, after leading generic modifiers are dropped). */
  int count;

  boolean inTitle;
  boolean inFirst;
  Sentence first;
  final Set<String> surfaces = new LinkedHashSet<>();

  /** Count × corpus idf × position × centrality: the heuristic score. */
  double score;

  /** Made only of generic words ({@link GenericWords}). */
  boolean generic;

  double idf;
  double wordIdf;
  double centrality;

  /** A leading generic modifier was dropped from a mention ("novel framework"). */
  boolean stripped;

  boolean adjectiveStart;
  boolean pluralHead;

  /**
   * Mentions inside longer phrases: "LLM" of "LLM agents", "large language model" of "clinical
   * ...".
   */
  int embedded;

  /** Mentions as the tail of a longer candidate. */
  int tailCount;

  /**
   * The sentence of every whole and embedded mention, in text order, once per mention: the topic
   * selector weighs a mention by what its sentence does (a contrast or a baseline is an aside).
   */
  final java.util.List<Sentence> mentionSentences = new java.util.ArrayList<>();

  /**
   * A mention as the tail of a longer candidate, with the keys of the longer phrases around it
   * ("group relative policy optimization", "relative policy optimization" around "policy
   * optimization"). Only tails that are constituents of the phrase are recorded: "editing model" of
   * "image editing model" counts in {@link #tailCount}, not here.
   */
  record Tail(Sentence sentence, java.util.List<String> containers) {}

  final java.util.List<Tail> tails = new java.util.ArrayList<>();

  /**
   * Keys of whole mentions before leading generic modifiers were dropped ("efficient reasoning" of
   * the concept "reasoning"), with their sentences.
   */
  final java.util.Map<String, java.util.List<Sentence>> unstripped = new java.util.HashMap<>();

  /**
   * Content words right before and after whole mentions (outside the candidate): a phrase nearly
   * always preceded by one word is a truncation ("salesman problem" of "traveling salesman
   * problem").
   */
  final java.util.Map<String, Integer> neighbours = new java.util.HashMap<>();

  /** The ranker's inputs, and its probability that this concept is a keyphrase. */
  ConceptFeatures features;

  double keyScore;

  Concept(String key) {
    this.key = key;
  }

  private static String firstNotBareAcronym(Iterable<String> forms) {
    for (String s : forms) {
      if (s.indexOf(' ') > 0 || !Text.isAcronymLike(s)) {
        return s;
      }
    }
    return null;
  }

  /** All mentions: whole, as a tail of a longer phrase, and embedded. */
  int mentions() {
    return count + tailCount + embedded;
  }

  /**
   * Whole mentions as written that lost no leading modifier ("facades", not "novel facades"): the
   * keyphrase is written as one of them when there is one.
   */
  final Set<String> plainSurfaces = new LinkedHashSet<>();

  /**
   * The keyphrase text: its first surface form that is not a bare acronym ("SEMs"), one without a
   * dropped modifier when the paper also writes it so.
   */
  String surface() {
    String written = firstNotBareAcronym(plainSurfaces);
    if (written == null) {
      written = firstNotBareAcronym(surfaces);
    }
    if (written != null) {
      return written;
    }
    // a bare acronym reads better, and matches what people write, as its long form: AMHS →
    // automated ...
    return longForm ? name : surfaces.iterator().next();
  }

  @Override
  public String toString() {
    return name + " (" + key + ", " + count + "+" + tailCount + "+" + embedded + ")";
  }
}
