package paperkg.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import paperkg.nlp.Affiliations;
import paperkg.nlp.Extraction;
import paperkg.nlp.Keyphrase;
import paperkg.nlp.MethodMention;
import paperkg.nlp.TopicMention;

/**
 * Scores extractions against gold phrases by Porter-stemmed exact match ({@link Stems}). Within a
 * document each stemmed phrase counts once, on both sides.
 */
public final class Scoring {
  private Scoring() {}

  /** The cut-offs reported for ranked keyphrases. */
  public static final List<Integer> AT = List.of(5, 10);

  /** SciERC types whose recall is the headline figure: the concepts a knowledge graph is about. */
  public static final Set<String> CORE_TYPES = Set.of("Method", "Task");

  /** Keyphrase figures: P/R/F1 at each cut-off, macro-averaged over documents. */
  public record KeyphraseReport(int documents, int gold, Map<Integer, Prf> at) {
    public Map<String, Object> toJson() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("documents", documents);
      m.put("gold", gold);
      Map<String, Object> cut = new LinkedHashMap<>();
      at.forEach((k, v) -> cut.put(String.valueOf(k), v.toJson()));
      m.put("at", cut);
      return m;
    }
  }

  /**
   * Entity figures, pooled over documents: recall of gold Method+Task phrases among everything
   * extracted, precision of everything extracted against gold phrases of any type, and recall per
   * gold type.
   */
  public record EntityReport(
      int documents,
      int predicted,
      int goldCore,
      int goldAll,
      Prf core,
      Map<String, Double> recallByType) {
    public Map<String, Object> toJson() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("documents", documents);
      m.put("predicted", predicted);
      m.put("goldMethodTask", goldCore);
      m.put("goldAll", goldAll);
      m.put("precision", Prf.round(core.precision()));
      m.put("recallMethodTask", Prf.round(core.recall()));
      m.put("f1", Prf.round(core.f1()));
      Map<String, Object> byType = new LinkedHashMap<>();
      recallByType.forEach((k, v) -> byType.put(k, Prf.round(v)));
      m.put("recallByType", byType);
      return m;
    }
  }

  /**
   * Ranked keyphrases of each document against its gold keyphrases (all of them, present in the
   * text or not).
   */
  public static KeyphraseReport keyphrases(List<GoldDoc> docs, Map<String, Extraction> extracted) {
    Map<Integer, List<Prf>> perDoc = new TreeMap<>();
    int gold = 0;
    for (GoldDoc d : docs) {
      Set<String> g = stems(d.gold().stream().map(GoldDoc.Gold::text).toList());
      gold += g.size();
      List<String> ranked = new ArrayList<>(stems(keyphraseTexts(extracted.get(d.id()))));
      for (int k : AT) {
        List<String> top = ranked.subList(0, Math.min(k, ranked.size()));
        int hits = (int) top.stream().filter(g::contains).count();
        perDoc.computeIfAbsent(k, x -> new ArrayList<>()).add(Prf.of(hits, top.size(), g.size()));
      }
    }
    Map<Integer, Prf> at = new TreeMap<>();
    perDoc.forEach((k, v) -> at.put(k, Prf.mean(v)));
    return new KeyphraseReport(docs.size(), gold, at);
  }

  public static EntityReport entities(List<GoldDoc> docs, Map<String, Extraction> extracted) {
    int predicted = 0;
    int correct = 0;
    int goldAll = 0;
    Map<String, int[]> byType = new TreeMap<>(); // type -> {found, gold}
    for (GoldDoc d : docs) {
      Set<String> pred = stems(everything(extracted.get(d.id())));
      predicted += pred.size();
      Set<String> all = new LinkedHashSet<>();
      Map<String, Set<String>> typed = new TreeMap<>();
      for (GoldDoc.Gold g : d.gold()) {
        String s = Stems.of(g.text());
        if (!s.isEmpty()) {
          all.add(s);
          typed.computeIfAbsent(g.type(), t -> new LinkedHashSet<>()).add(s);
        }
      }
      goldAll += all.size();
      correct += (int) pred.stream().filter(all::contains).count();
      typed.forEach(
          (type, set) -> {
            int[] c = byType.computeIfAbsent(type, t -> new int[2]);
            c[0] += (int) set.stream().filter(pred::contains).count();
            c[1] += set.size();
          });
    }
    int coreFound = 0;
    int coreGold = 0;
    Map<String, Double> recall = new LinkedHashMap<>();
    for (Map.Entry<String, int[]> e : byType.entrySet()) {
      recall.put(e.getKey(), e.getValue()[0] / (double) e.getValue()[1]);
      if (CORE_TYPES.contains(e.getKey())) {
        coreFound += e.getValue()[0];
        coreGold += e.getValue()[1];
      }
    }
    double p = predicted == 0 ? 0 : correct / (double) predicted;
    double r = coreGold == 0 ? 0 : coreFound / (double) coreGold;
    Prf core = new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    return new EntityReport(docs.size(), predicted, coreGold, goldAll, core, recall);
  }

  /**
   * Organisation names found in affiliation strings ({@link Affiliations}) against the gold
   * institution names, pooled over affiliations; names match after case and space folding and
   * without closing dots.
   */
  public static Prf affiliations(List<GoldDoc> docs) {
    int hits = 0;
    int predicted = 0;
    int gold = 0;
    for (GoldDoc d : docs) {
      Set<String> g = new LinkedHashSet<>();
      d.gold().forEach(x -> g.add(nameKey(x.text())));
      Set<String> p = new LinkedHashSet<>();
      Affiliations.organisations(d.paper().abstractText()).forEach(x -> p.add(nameKey(x)));
      gold += g.size();
      predicted += p.size();
      hits += (int) p.stream().filter(g::contains).count();
    }
    return Prf.of(hits, predicted, gold);
  }

  static String nameKey(String name) {
    return name.strip()
        .replaceAll("\\s+", " ")
        .replaceAll("[.,;]+$", "")
        .toLowerCase(java.util.Locale.ROOT);
  }

  private static List<String> keyphraseTexts(Extraction e) {
    return e == null ? List.of() : e.keyphrases().stream().map(Keyphrase::text).toList();
  }

  /**
   * Every phrase paperkg extracts from a paper: keyphrases, topic names and their other forms,
   * method names.
   */
  public static List<String> everything(Extraction e) {
    List<String> out = new ArrayList<>(keyphraseTexts(e));
    out.addAll(names(e));
    return out;
  }

  /** Of {@link #everything}, what is not a keyphrase: topic names and other forms, method names. */
  public static List<String> names(Extraction e) {
    List<String> out = new ArrayList<>();
    if (e == null) {
      return out;
    }
    for (TopicMention t : e.topics()) {
      out.add(t.name());
      out.addAll(t.altNames());
    }
    e.methods().stream().map(MethodMention::name).forEach(out::add);
    return out;
  }

  /** Stemmed, de-duplicated, in order; empty keys (punctuation only) dropped. */
  public static Set<String> stems(List<String> phrases) {
    Set<String> out = new LinkedHashSet<>();
    for (String p : phrases) {
      String s = Stems.of(p);
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }
}
