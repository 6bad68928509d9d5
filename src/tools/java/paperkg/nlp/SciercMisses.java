package paperkg.nlp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import paperkg.eval.GoldDoc;
import paperkg.eval.GoldFiles;
import paperkg.eval.Scoring;
import paperkg.eval.Stems;

/**
 * Developer diagnostic, not a test: why gold SciERC Method/Task phrases are missing from what
 * paperkg extracts (keyphrases, topic names and other forms, method names — the phrases {@code
 * Scoring.entities} scores), and what the false keyphrases are. Each missed gold phrase goes to the
 * first class that fits: a concept of the paper ranked below the cut, the unstripped form of a
 * candidate whose leading modifier was dropped, a part of a candidate that is not one of its tails,
 * a phrase made of a candidate and more (split by the kind of extra word), or no candidate in
 * sight. Reads the cached annotations of {@link QualityBench}. Run with the test classpath: {@code
 * java -cp "$CP" paperkg.nlp.SciercMisses DATA_DIR [examples-per-class]}.
 */
public final class SciercMisses {
  private SciercMisses() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    int examples = args.length > 1 ? Integer.parseInt(args[1]) : 12;
    List<GoldDoc> docs = GoldFiles.scierc(data.resolve("scierc/scierc_train_dev.jsonl"));
    Extractor extractor = Extractor.create();
    if (args.length > 2 && args[2].equals("--nest")) {
      nest(docs, extractor);
      return;
    }
    if (args.length > 2 && args[2].equals("--sweep")) {
      sweep(docs, extractor);
      return;
    }
    Map<String, List<String>> byClass = new TreeMap<>();
    Map<String, int[]> fpByClass = new TreeMap<>();
    Map<String, List<String>> fpExamples = new TreeMap<>();
    int[] rankHits = new int[41];
    int[] rankAll = new int[41];
    for (Annotated a : QualityBench.annotated(docs, "scierc")) {
      GoldDoc d = docs.stream().filter(x -> x.id().equals(a.paper().id())).findFirst().get();
      Extraction e = extractor.extract(a);
      Set<String> everything = Scoring.stems(Scoring.everything(e));
      Set<String> goldAll = new LinkedHashSet<>();
      Map<String, String> core = new LinkedHashMap<>();
      for (GoldDoc.Gold g : d.gold()) {
        String s = Stems.of(g.text());
        if (!s.isEmpty()) {
          goldAll.add(s);
          if (g.type().equals("Method") || g.type().equals("Task")) {
            core.putIfAbsent(s, g.type() + "\t" + g.text());
          }
        }
      }
      // keyphrase precision by rank, and the false ones by class
      int r = 0;
      for (Keyphrase k : e.keyphrases()) {
        r++;
        String s = Stems.of(k.text());
        rankAll[r]++;
        if (goldAll.contains(s)) {
          rankHits[r]++;
        } else {
          String cls = fpClass(s, goldAll);
          if (Boolean.getBoolean("contains") && cls.startsWith("contains")) {
            String ps = " " + s + " ";
            String inner =
                goldAll.stream().filter(g -> ps.contains(" " + g + " ")).findFirst().get();
            System.out.println(
                "CONTAINS\t"
                    + r
                    + "\t"
                    + k.text()
                    + "\t"
                    + inner
                    + "\t"
                    + (ps.endsWith(" " + inner + " ")
                        ? "END"
                        : ps.startsWith(" " + inner + " ") ? "START" : "MID"));
          }
          if (Boolean.getBoolean("partof") && cls.startsWith("part of")) {
            String ps = " " + s + " ";
            String container =
                goldAll.stream().filter(g -> (" " + g + " ").contains(ps)).findFirst().get();
            System.out.println("PARTOF\t" + r + "\t" + k.text() + "\t" + tagged(container, a));
          }
          fpByClass.computeIfAbsent(cls, x -> new int[1])[0]++;
          List<String> ex = fpExamples.computeIfAbsent(cls, x -> new ArrayList<>());
          if (ex.size() < examples * 3) {
            ex.add(k.text() + " @" + r + " " + String.format("%.3f", k.score()));
          }
        }
      }
      // concepts by score rank, candidates (stems) per sentence
      List<Concept> concepts = new ArrayList<>(extractor.concepts(a));
      concepts.removeIf(c -> c.count == 0 && c.tailCount == 0);
      concepts.sort((x, y) -> Double.compare(y.keyScore, x.keyScore));
      Map<String, Integer> conceptRank = new HashMap<>();
      for (int i = 0; i < concepts.size(); i++) {
        for (String surface : concepts.get(i).surfaces) {
          conceptRank.putIfAbsent(Stems.of(surface), i + 1);
        }
        conceptRank.putIfAbsent(Stems.of(concepts.get(i).name), i + 1);
      }
      List<String> candidates = new ArrayList<>();
      for (Sentence s : a.sentences()) {
        for (Candidates.Candidate c : Candidates.of(s)) {
          candidates.add(Stems.of(c.text()));
        }
      }
      String text = " " + Stems.of(a.paper().abstractText()) + " ";
      for (Map.Entry<String, String> g : core.entrySet()) {
        if (everything.contains(g.getKey())) {
          continue;
        }
        String cls = missClass(g.getKey(), g.getValue(), conceptRank, candidates, text, a);
        String shown = g.getValue().split("\t")[1];
        if (Boolean.getBoolean("list")) {
          System.out.println("MISS\t" + a.paper().id() + "\t" + g.getValue());
        }
        if (Boolean.getBoolean("pos")) {
          shown = tagged(g.getKey(), a);
        }
        byClass.computeIfAbsent(cls, x -> new ArrayList<>()).add(shown);
      }
    }
    int total = byClass.values().stream().mapToInt(List::size).sum();
    System.out.println("missed Method/Task phrases: " + total);
    byClass.entrySet().stream()
        .sorted((x, y) -> y.getValue().size() - x.getValue().size())
        .forEach(
            en ->
                System.out.println(
                    en.getValue().size()
                        + "\t"
                        + en.getKey()
                        + "\t"
                        + en.getValue().subList(0, Math.min(examples, en.getValue().size()))));
    System.out.println("\nkeyphrase precision by rank:");
    for (int i = 1; i <= 40 && rankAll[i] > 0; i++) {
      System.out.printf(
          "%d\t%.3f\t%d%n", i, rankHits[i] / (double) Math.max(1, rankAll[i]), rankAll[i]);
    }
    System.out.println("\nfalse keyphrases:");
    fpByClass.forEach((k, v) -> System.out.println(v[0] + "\t" + k + "\t" + fpExamples.get(k)));
  }

  /** A false keyphrase: inside a gold phrase, around one, overlapping one, or none near. */
  static String fpClass(String s, Set<String> gold) {
    String ps = " " + s + " ";
    for (String g : gold) {
      if ((" " + g + " ").contains(ps)) {
        return "part of a gold phrase";
      }
    }
    for (String g : gold) {
      if (ps.contains(" " + g + " ")) {
        return "contains a gold phrase";
      }
    }
    return s.contains(" ") ? "no gold inside, multi-word" : "no gold inside, one word";
  }

  static String missClass(
      String g,
      String typed,
      Map<String, Integer> conceptRank,
      List<String> candidates,
      String text,
      Annotated a) {
    String type = typed.split("\t")[0];
    Integer rank = conceptRank.get(g);
    if (rank != null) {
      return type
          + ": concept ranked "
          + (rank <= 20
              ? "1-20, under the score cut or a tail"
              : rank <= 30 ? "21-30" : rank <= 50 ? "31-50" : rank <= 100 ? "51-100" : ">100");
    }
    if (!text.contains(" " + g + " ")) {
      return type + ": not in the text as stemmed (tokenization)";
    }
    String pg = " " + g + " ";
    for (String c : candidates) {
      String pc = " " + c + " ";
      if (pc.contains(pg)) {
        return type
            + (pc.endsWith(pg)
                ? ": tail of a candidate, not a concept (stripped?)"
                : ": head/middle part of a candidate");
      }
    }
    for (String c : candidates) {
      if (pg.contains(" " + c + " ")) {
        String extra = pg.replace(" " + c + " ", " | ");
        for (String prep : List.of("of", "for", "in", "to", "on", "with", "from", "and", "by")) {
          if (extra.contains(" " + prep + " ")) {
            return type + ": candidate + '" + prep + "' phrase";
          }
        }
        String words = typed.split("\t")[1];
        if (words.contains("(") || words.contains("[")) {
          return type + ": candidate + other words: an acronym in parentheses";
        }
        String tags = tagged(g, a);
        if (tags.matches(".*\\[.*/VB[NG].*\\].*")) {
          return type + ": candidate + other words: a participle or gerund";
        }
        return type + ": candidate + other words: other";
      }
    }
    for (String c : candidates) {
      String[] cw = c.split(" ");
      if (pg.contains(" " + cw[0] + " ") || pg.contains(" " + cw[cw.length - 1] + " ")) {
        return type + (g.contains(" ") ? ": overlaps a candidate" : ": one word, no candidate");
      }
    }
    return type + (g.contains(" ") ? ": no candidate" : ": one word, no candidate at all");
  }

  /**
   * P/R of everything extracted when the keyphrases are the ranked concepts with score at least t,
   * at least {@code floor} and at most {@code ceiling} of them.
   */
  static void sweep(List<GoldDoc> docs, Extractor extractor) throws Exception {
    record Doc(
        List<String> ranked,
        List<Double> scores,
        Set<String> rest,
        Set<String> all,
        Set<String> core) {}
    List<Doc> ds = new ArrayList<>();
    List<Annotated> as = QualityBench.annotated(docs, "scierc");
    for (int i = 0; i < docs.size(); i++) {
      Annotated a = as.get(i);
      GoldDoc d = docs.get(i);
      Extraction e = extractor.extract(a);
      Set<String> rest = Scoring.stems(Scoring.names(e));
      List<Concept> concepts = new ArrayList<>(extractor.concepts(a));
      concepts.removeIf(c -> c.count == 0 && c.tailCount == 0);
      concepts.sort(
          java.util.Comparator.<Concept>comparingDouble(c -> -c.keyScore)
              .thenComparing(c -> c.first.index()));
      List<String> ranked = new ArrayList<>();
      List<Double> scores = new ArrayList<>();
      boolean dropTails = Boolean.getBoolean("dropTails");
      for (Concept c : concepts) {
        String st = Stems.of(c.surface());
        if (dropTails
            && c.count == 0
            && ranked.stream().anyMatch(x -> (" " + x + " ").contains(" " + st + " "))) {
          continue;
        }
        ranked.add(st);
        scores.add(c.keyScore);
      }
      Set<String> all = new LinkedHashSet<>();
      Set<String> core = new LinkedHashSet<>();
      for (GoldDoc.Gold g : d.gold()) {
        String s = Stems.of(g.text());
        if (!s.isEmpty()) {
          all.add(s);
          if (g.type().equals("Method") || g.type().equals("Task")) {
            core.add(s);
          }
        }
      }
      ds.add(new Doc(ranked, scores, rest, all, core));
    }
    for (double t : new double[] {0, 0.05, 0.06, 0.07, 0.08, 0.09, 0.1, 0.12}) {
      for (int floor : new int[] {5}) {
        for (int ceil : new int[] {20, 25, 30}) {
          int pred = 0, hit = 0, coreHit = 0, coreAll = 0;
          double kpCount = 0;
          for (Doc d : ds) {
            Set<String> ev = new LinkedHashSet<>();
            int n = 0;
            for (int k = 0; k < d.ranked().size() && k < ceil; k++) {
              if (k >= floor && d.scores().get(k) < t) {
                break;
              }
              if (!d.ranked().get(k).isEmpty()) {
                ev.add(d.ranked().get(k));
              }
              n++;
            }
            kpCount += n;
            ev.addAll(d.rest());
            ev.remove("");
            pred += ev.size();
            hit += (int) ev.stream().filter(d.all()::contains).count();
            coreHit += (int) d.core().stream().filter(ev::contains).count();
            coreAll += d.core().size();
          }
          System.out.printf(
              "t=%.2f floor=%d ceil=%d  kp/doc %.1f  P %.3f  R %.3f%n",
              t, floor, ceil, kpCount / ds.size(), hit / (double) pred, coreHit / (double) coreAll);
        }
      }
    }
  }

  /** Precision of the keyphrases by how they nest in the higher-ranked ones. */
  static void nest(List<GoldDoc> docs, Extractor extractor) throws Exception {
    Map<String, int[]> cls = new TreeMap<>();
    List<Annotated> as = QualityBench.annotated(docs, "scierc");
    for (int i = 0; i < docs.size(); i++) {
      Annotated a = as.get(i);
      Set<String> all = new LinkedHashSet<>();
      docs.get(i).gold().forEach(g -> all.add(Stems.of(g.text())));
      List<Concept> concepts = new ArrayList<>(extractor.concepts(a));
      concepts.removeIf(c -> c.count == 0 && c.tailCount == 0);
      concepts.sort(
          java.util.Comparator.<Concept>comparingDouble(c -> -c.keyScore)
              .thenComparing(c -> c.first.index()));
      List<String> above = new ArrayList<>();
      for (Concept c : concepts.subList(0, Math.min(20, concepts.size()))) {
        String s = Stems.of(c.surface());
        String ps = " " + s + " ";
        boolean sub = above.stream().anyMatch(x -> (" " + x + " ").contains(ps));
        boolean sup = above.stream().anyMatch(x -> ps.contains(" " + x + " "));
        String k =
            (c.count == 0 ? "tail-only" : "whole")
                + (sub ? " sub-of-higher" : "")
                + (sup ? " super-of-higher" : "")
                + (s.contains(" ") ? "" : " 1word");
        int[] v = cls.computeIfAbsent(k, x -> new int[2]);
        v[1]++;
        if (all.contains(s)) {
          v[0]++;
        }
        above.add(s);
      }
    }
    cls.forEach((k, v) -> System.out.printf("%-45s %5d  P %.3f%n", k, v[1], v[0] / (double) v[1]));
  }

  /** The gold phrase as tokens with their tags, with a word of context either side. */
  static String tagged(String g, Annotated a) {
    for (Sentence s : a.sentences()) {
      List<Token> t = s.tokens();
      for (int i = 0; i < t.size(); i++) {
        StringBuilder acc = new StringBuilder();
        for (int j = i; j < t.size() && j < i + 25; j++) {
          String st = Stems.of(t.get(j).word());
          if (!st.isEmpty()) {
            acc.append(acc.length() == 0 ? "" : " ").append(st);
          }
          if (acc.toString().equals(g)) {
            StringBuilder out = new StringBuilder();
            if (i > 0) {
              out.append(t.get(i - 1).word()).append('/').append(t.get(i - 1).pos()).append(" [");
            }
            for (int k = i; k <= j; k++) {
              out.append(k > i ? " " : "")
                  .append(t.get(k).word())
                  .append('/')
                  .append(t.get(k).pos());
            }
            out.append("]");
            if (j + 1 < t.size()) {
              out.append(' ').append(t.get(j + 1).word()).append('/').append(t.get(j + 1).pos());
            }
            return out.toString();
          }
          if (!g.startsWith(acc.toString())) {
            break;
          }
        }
      }
    }
    return "?" + g;
  }
}
