package paperkg.nlp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The kind of a named thing (method | model | dataset | benchmark | metric | tool) from the words
 * around it: the kind word right after the name ("the Med-EASi corpus"), in an appositive (", a
 * parallel corpus"), a few words before ("a new benchmark, X"), or the name's own suffix
 * ("WebGen-Bench", "CLIP-score").
 */
final class MethodKinds {
  private MethodKinds() {}

  private static final Map<String, String> KIND_WORDS = new LinkedHashMap<>();

  static {
    for (String w : List.of("benchmark", "suite", "leaderboard", "testbed", "arena", "challenge")) {
      KIND_WORDS.put(w, "benchmark");
    }
    for (String w : List.of("dataset", "corpus", "collection", "data", "database", "treebank")) {
      KIND_WORDS.put(w, "dataset");
    }
    for (String w :
        List.of(
            "model",
            "llm",
            "mllm",
            "vlm",
            "lm",
            "network",
            "transformer",
            "encoder",
            "decoder",
            "checkpoint",
            "tokenizer")) {
      KIND_WORDS.put(w, "model");
    }
    for (String w : List.of("metric", "score", "measure", "index")) {
      KIND_WORDS.put(w, "metric");
    }
    for (String w :
        List.of(
            "tool",
            "toolkit",
            "library",
            "package",
            "platform",
            "software",
            "simulator",
            "environment",
            "engine",
            "interface",
            "api")) {
      KIND_WORDS.put(w, "tool");
    }
    for (String w :
        List.of(
            "method",
            "framework",
            "approach",
            "algorithm",
            "technique",
            "pipeline",
            "system",
            "agent",
            "strategy",
            "paradigm",
            "architecture",
            "recipe",
            "protocol",
            "mechanism",
            "module")) {
      KIND_WORDS.put(w, "method");
    }
  }

  private static final Pattern METRIC_SUFFIX =
      Pattern.compile("[- ](?:score|acc|accuracy|bleu|rouge|f1)$");

  /**
   * "GeoTrust-200K", "ThinkPatterns-21k": a count in thousands or millions; "TrialInstruct",
   * "TrialAlign".
   */
  private static final Pattern DATASET_SUFFIX =
      Pattern.compile(".*-\\d+(?:\\.\\d+)?[kKM]|[A-Z][a-z]+(?:Instruct|Align)");

  /** The kind a word names ("corpus" → dataset), or null. */
  static String ofWord(String word) {
    return KIND_WORDS.get(Text.key(word));
  }

  /**
   * The kind word right after position {@code i} ("MHSD ) dataset") or in an appositive ", a …
   * framework".
   */
  static String near(List<Token> t, int i) {
    if (i < 0) {
      return null;
    }
    int j = i + 1;
    while (j < t.size() && Candidates.isClose(t.get(j).word())) {
      j++;
    }
    if (j < t.size()) {
      String k = ofWord(t.get(j).word());
      if (k != null) {
        return k;
      }
    }
    if (j < t.size() && t.get(j).word().equals(",")) {
      return after(t, j + 1, 8);
    }
    // "the X benchmark" handled above; "a novel framework, X," looks left
    for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
      String kind = ofWord(t.get(k).word());
      if (kind != null) {
        return kind;
      }
    }
    return null;
  }

  /**
   * Head noun of the noun phrase starting at {@code from}: the last kind noun before a preposition
   * or comma.
   */
  static String after(List<Token> t, int from, int max) {
    String kind = null;
    for (int j = from; j < Math.min(t.size(), from + max); j++) {
      Token x = t.get(j);
      if (x.pos().equals("IN")
          || x.pos().equals("TO")
          || x.word().equals(",")
          || x.pos().startsWith("VB")
          || x.pos().equals("WDT")) {
        break;
      }
      String k = ofWord(x.word());
      if (k != null && x.pos().startsWith("NN")) {
        kind = k;
      }
    }
    return kind;
  }

  /**
   * A sentence that talks about benchmarks or datasets lends its kind to digit-bearing names in it.
   */
  static String ofSentence(List<Token> t) {
    for (Token x : t) {
      String k = ofWord(x.word());
      if ("benchmark".equals(k) || "dataset".equals(k)) {
        return k;
      }
    }
    return null;
  }

  /**
   * The kind a name's own suffix says wins over the words around it: "WebGen-Bench", "CalcQA" (QA
   * sets are benchmarks), "CLIP-score", "ThinkPatterns-21k" (a size in thousands is a dataset),
   * "TrialInstruct".
   */
  static String of(String name, String kind) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith("bench")
        || lower.endsWith("benchmark")
        || lower.endsWith("eval")
        || (lower.endsWith("qa") && name.endsWith("QA"))) {
      return "benchmark";
    }
    if (METRIC_SUFFIX.matcher(lower).find()) {
      return "metric";
    }
    if (DATASET_SUFFIX.matcher(name).matches()) {
      return "dataset";
    }
    return kind != null ? kind : "method";
  }
}
