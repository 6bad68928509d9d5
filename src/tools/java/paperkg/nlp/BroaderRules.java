package paperkg.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The BROADER rules of the shipped hierarchy, from the corpus papers that name each entry:
 *
 * <ul>
 *   <li>head containment: the longest proper tail of the name that is an entry or a field ("offline
 *       reinforcement learning" → "reinforcement learning"); a conversion modifier counts by its
 *       target ("text-to-video generation" → "video generation"), a transformer is a model
 *       ("diffusion transformer" → "diffusion model");
 *   <li>co-occurrence subsumption (after Sanderson &amp; Croft 1999, who use 0.8): y → x when ≥
 *       {@value #SUBSUMES} of the papers naming y name x and x is named by ≥ {@value
 *       #MIN_BROADER_PAPERS} and more papers (the {@value #MAX_SUBSUMERS} most specific such x), or
 *       when that share is at least {@value #LIKELY} with 95 % confidence (a concept named by many
 *       papers: 56 % of the 340 papers naming "group relative policy optimization" name "large
 *       language model");
 *   <li>fields: a word of y marks the field, or y's papers are in the field by their words (the
 *       same two shares).
 * </ul>
 *
 * Every link goes to an entry named by strictly more papers, or to a field (fields have no links),
 * so the hierarchy is a DAG.
 */
final class BroaderRules {
  static final double SUBSUMES = 0.7;
  static final int MIN_BROADER_PAPERS = 30;

  /**
   * The second subsumption test, for concepts named by many papers: the share of y's papers naming
   * x is at least this with 95 % confidence (the lower end of its Wilson interval). On the dev set
   * 0.5 → broad recall 0.730, 0.45 → 0.740, 0.4 → 0.744 (0.688 without it); 0.45 adds 92 links,
   * mostly LLM techniques → "large language model" ("chain-of-thought", "supervised fine-tuning",
   * "speculative decoding"), a few loose ("knowledge graph").
   */
  static final double LIKELY = 0.45;

  static final double Z = 1.96;
  static final int MAX_SUBSUMERS = 2;

  private final TopicFields fields;

  BroaderRules(TopicFields fields) {
    this.fields = fields;
  }

  /**
   * Entry name → its broader names, from entry name → papers naming it and field name → papers in
   * it.
   */
  Map<String, List<String>> links(
      Map<String, Set<Integer>> papersOf, Map<String, Set<Integer>> fieldPapers) {
    Map<String, String> byKey = new HashMap<>();
    papersOf.keySet().forEach(n -> byKey.put(ConceptIdentity.compactKey(n), n));
    Set<String> fieldKeys = new java.util.HashSet<>();
    for (TopicFields.Field f : fields.fields()) {
      byKey.put(ConceptIdentity.compactKey(f.name()), f.name());
      fieldKeys.add(f.name());
    }
    Map<String, List<String>> subsumers = subsumers(papersOf);
    Map<String, List<String>> out = new HashMap<>();
    for (Map.Entry<String, Set<Integer>> y : papersOf.entrySet()) {
      Set<String> up = new LinkedHashSet<>();
      containment(y.getKey(), byKey)
          .filter(x -> fieldKeys.contains(x) || papersOf.get(x).size() > y.getValue().size())
          .ifPresent(up::add);
      up.addAll(subsumers.getOrDefault(y.getKey(), List.of()));
      for (TopicFields.Field f : fields.fields()) {
        if (marks(y.getKey(), f)
            || subsumed(y.getValue(), fieldPapers.getOrDefault(f.name(), Set.of()))) {
          up.add(f.name());
        }
      }
      up.remove(y.getKey());
      if (!up.isEmpty()) {
        out.put(y.getKey(), new ArrayList<>(up));
      }
    }
    return out;
  }

  /**
   * The longest proper tail of the name that names an entry or field; a modifier "X-to-Y" counts as
   * "Y".
   */
  static Optional<String> containment(String name, Map<String, String> byKey) {
    List<String> words = List.of(name.split(" "));
    if (ConceptIdentity.headIndex(words) != words.size() - 1) {
      return Optional.empty(); // "reinforcement learning with verifiable reward": head not last
    }
    if (words.size() > 1 && words.get(words.size() - 1).equals("transformer")) {
      // a transformer is a model: "diffusion transformer" → "diffusion model" (other heads such
      // as "agent", "system", "policy" are not kinds of model, so no list of heads)
      String model = String.join(" ", words.subList(0, words.size() - 1)) + " model";
      String hit = byKey.get(ConceptIdentity.compactKey(model));
      if (hit != null) {
        return Optional.of(hit);
      }
    }
    for (int from = 0; from < words.size(); from++) {
      List<String> tail = new ArrayList<>(words.subList(from, words.size()));
      int to = tail.get(0).lastIndexOf("-to-");
      if (to > 0) {
        tail.set(0, tail.get(0).substring(to + 4));
      } else if (from == 0) {
        continue;
      }
      String hit = byKey.get(ConceptIdentity.compactKey(String.join(" ", tail)));
      if (hit != null && !hit.equals(name)) {
        return Optional.of(hit);
      }
    }
    return Optional.empty();
  }

  /** For each entry, the entries that subsume it by co-occurrence, most specific first. */
  static Map<String, List<String>> subsumers(Map<String, Set<Integer>> papersOf) {
    Map<Integer, List<String>> broadByDoc = new HashMap<>();
    papersOf.forEach(
        (x, docs) -> {
          if (docs.size() >= MIN_BROADER_PAPERS) {
            docs.forEach(d -> broadByDoc.computeIfAbsent(d, k -> new ArrayList<>()).add(x));
          }
        });
    Map<String, List<String>> out = new HashMap<>();
    papersOf.forEach(
        (y, docs) -> {
          Map<String, Integer> both = new HashMap<>();
          for (int d : docs) {
            for (String x : broadByDoc.getOrDefault(d, List.of())) {
              if (papersOf.get(x).size() > docs.size()) {
                both.merge(x, 1, Integer::sum);
              }
            }
          }
          List<String> xs = new ArrayList<>();
          both.forEach(
              (x, n) -> {
                if (n >= SUBSUMES * docs.size() || wilsonLow(n, docs.size()) >= LIKELY) {
                  xs.add(x);
                }
              });
          xs.sort(
              Comparator.<String>comparingInt(x -> papersOf.get(x).size())
                  .thenComparing(Comparator.naturalOrder()));
          if (!xs.isEmpty()) {
            out.put(y, xs.subList(0, Math.min(MAX_SUBSUMERS, xs.size())));
          }
        });
    return out;
  }

  /** The lower end of the Wilson score interval of k successes in n trials. */
  static double wilsonLow(int k, int n) {
    double p = k / (double) n;
    double z2 = Z * Z;
    double centre = p + z2 / (2 * n);
    double spread = Z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
    return (centre - spread) / (1 + z2 / n);
  }

  static boolean subsumed(Set<Integer> narrow, Set<Integer> broad) {
    if (narrow.isEmpty() || broad.size() <= narrow.size()) {
      return false;
    }
    int both = 0;
    for (int d : narrow) {
      if (broad.contains(d)) {
        both++;
      }
    }
    return both >= SUBSUMES * narrow.size() || wilsonLow(both, narrow.size()) >= LIKELY;
  }

  /**
   * A word of the name marks the field ("video generation": video → computer vision); of a
   * conversion only the target counts ("text-to-video generation" is not language processing).
   */
  static boolean marks(String name, TopicFields.Field f) {
    for (String word : name.toLowerCase(java.util.Locale.ROOT).split(" ")) {
      String w = word.substring(word.lastIndexOf("-to-") < 0 ? 0 : word.lastIndexOf("-to-") + 4);
      if (f.words().contains(Text.key(w))) {
        return true;
      }
      for (String part : w.split("-")) {
        if (f.words().contains(Text.key(part))) {
          return true;
        }
      }
    }
    return false;
  }
}
