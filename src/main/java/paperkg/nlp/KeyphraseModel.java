package paperkg.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A logistic-regression ranker over a concept's features: probability that the concept is a
 * keyphrase a person would pick. The weights are a resource written by the test-scope {@code
 * KeyphraseTraining} (trained on the Inspec dev abstracts, validated by 5-fold cross-validation
 * over documents). A missing weights file is an error, as for every shipped resource: a packaging
 * slip must not quietly lower quality.
 */
final class KeyphraseModel {
  static final String FILE = "keyphrase-model.tsv";

  /** Feature names, in the order of {@link ConceptFeatures#vector()}. */
  static final List<String> FEATURES =
      List.of(
          "bias",
          "log_count",
          "phrase_idf",
          "mean_word_idf",
          "min_word_idf",
          "words_1",
          "words_2",
          "words_3",
          "words_4plus",
          "in_title",
          "in_first_sentence",
          "first_position",
          "generic",
          "name_only",
          "long_form",
          "log_centrality",
          "generic_modifier",
          "heuristic_score",
          "acronym",
          "hyphen",
          "digit",
          "capitalized_mid_text",
          "known_phrase",
          "log_surfaces",
          "adjective_start",
          "plural_head",
          "log_all_count",
          "tail_only");

  private final double[] weights;

  KeyphraseModel(double[] weights) {
    if (weights != null && weights.length != FEATURES.size()) {
      throw new IllegalArgumentException(
          "expected " + FEATURES.size() + " weights, got " + weights.length);
    }
    this.weights = weights;
  }

  /** The heuristic score alone (used to train the model). */
  static KeyphraseModel heuristic() {
    return new KeyphraseModel(null);
  }

  static KeyphraseModel load() {
    // a packaging slip must fail loudly (Lexicon.open), not quietly rank by the heuristic score
    try (InputStream in = Lexicon.open(FILE)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FILE, e);
    }
  }

  /** Lines {@code feature<TAB>weight}; '#' starts a comment. */
  static KeyphraseModel read(InputStream in) throws IOException {
    Map<String, Double> byName = new HashMap<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    while ((line = r.readLine()) != null) {
      if (!line.startsWith("#") && !line.isBlank()) {
        String[] f = line.split("\t");
        byName.put(f[0], Double.parseDouble(f[1]));
      }
    }
    double[] w = new double[FEATURES.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = byName.getOrDefault(FEATURES.get(i), 0.0);
    }
    return new KeyphraseModel(w);
  }

  double score(ConceptFeatures features) {
    if (weights == null) {
      return features.heuristicScore();
    }
    return sigmoid(dot(weights, features.vector()));
  }

  static double dot(double[] w, double[] x) {
    double z = 0;
    for (int i = 0; i < w.length; i++) {
      z += w[i] * x[i];
    }
    return z;
  }

  static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }
}
