package paperkg.nlp;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A function of one word or name, remembered for the words it has seen and shared by all annotation
 * threads (the values must not be changed by callers).
 *
 * <p>The identity keys of words ({@link Text#key}, {@link ConceptIdentity#key}) are pure functions
 * of one word, asked for millions of times per corpus: each phrase, its sub-spans and every acronym
 * definition are keyed again and again. Computed each time they were 70 % of the extraction's CPU
 * (JFR over the 9,868 corpus papers: {@code ConceptIdentity.american} alone 28 %, its regular
 * expressions run on every word). A corpus has a few tens of thousands of distinct words, so the
 * memo stays small; it is cleared when it passes {@link #MAX_WORDS} rather than grown without bound
 * in a long-running process. The method names of a paper are keyed the same way ({@link
 * FoundMethods}: every candidate name is checked against the names found so far).
 */
final class WordMemo<V> {
  static final int MAX_WORDS = 200_000;

  private final Function<String, V> function;
  private final ConcurrentHashMap<String, V> seen = new ConcurrentHashMap<>();

  WordMemo(Function<String, V> function) {
    this.function = function;
  }

  V apply(String word) {
    V known = seen.get(word);
    if (known != null) {
      return known;
    }
    V value = function.apply(word);
    if (seen.size() >= MAX_WORDS) {
      seen.clear();
    }
    seen.put(word, value);
    return value;
  }
}
