package paperkg.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import paperkg.nlp.Extraction;
import paperkg.nlp.MethodMention;
import paperkg.nlp.OrgMention;
import paperkg.nlp.OrgNames;

/**
 * Scores organisations (MENTIONS), proposed and used names of papers against corpus gold ({@link
 * CorpusGold}), pooled over papers. Pure: names in, counts out.
 *
 * <p>Matching: case, accents and punctuation folded ("GPT-4o" = "gpt 4o"); "Full Name (ACRONYM)"
 * stands for the full name and the acronym as well; a name matches when its words are a leading
 * part of the other's ("IBM Quantum" ~ "IBM", "Hunyuan3D-2" ~ "Hunyuan3D-2 Turbo"). Each gold entry
 * is matched at most once per paper, exact matches first: a second name for the same gold entry
 * (two nodes for one organisation) is a false positive. Organisations: any gold surface form
 * counts; hosting platforms ({@link OrgNames#isHostingPlatform}) count neither way. Papers absent
 * from the predictions count as predicting nothing.
 */
public final class EntityScoring {
  private EntityScoring() {}

  /**
   * What was extracted from one paper: MENTIONS organisation names, proposed and used names with
   * kinds.
   */
  public record Predicted(
      List<String> orgs, List<CorpusGold.Name> proposed, List<CorpusGold.Name> used) {
    public Predicted {
      orgs = List.copyOf(orgs);
      proposed = List.copyOf(proposed);
      used = List.copyOf(used);
    }
  }

  /** The MENTIONS organisations and the proposed and used names of one extraction. */
  public static Predicted predicted(Extraction e) {
    List<String> orgs = new ArrayList<>();
    for (OrgMention o : e.organisations()) {
      if (o.relation() == OrgMention.Relation.MENTIONS) {
        orgs.add(o.name());
      }
    }
    List<CorpusGold.Name> proposed = new ArrayList<>();
    List<CorpusGold.Name> used = new ArrayList<>();
    for (MethodMention m : e.methods()) {
      (m.relation() == MethodMention.Relation.PROPOSES ? proposed : used)
          .add(new CorpusGold.Name(m.name(), m.kind()));
    }
    return new Predicted(orgs, proposed, used);
  }

  /** Pooled counts of one category and the errors, as "paper id: name". */
  public record Counts(
      int truePositives,
      int falsePositives,
      int falseNegatives,
      int kindRight,
      List<String> wrong,
      List<String> missed) {
    public double precision() {
      int p = truePositives + falsePositives;
      return p == 0 ? 0 : truePositives / (double) p;
    }

    public double recall() {
      int g = truePositives + falseNegatives;
      return g == 0 ? 0 : truePositives / (double) g;
    }

    /** Share of matched names whose kind equals the gold kind ("framework" counts as method). */
    public double kindAccuracy() {
      return truePositives == 0 ? 0 : kindRight / (double) truePositives;
    }

    public Prf prf() {
      double p = precision();
      double r = recall();
      return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    public Map<String, Object> toJson() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("truePositives", truePositives);
      m.put("falsePositives", falsePositives);
      m.put("falseNegatives", falseNegatives);
      m.putAll(prf().toJson());
      return m;
    }
  }

  public record Report(
      int papers, int papersWithoutPrediction, Counts organisations, Counts proposed, Counts used) {
    public Map<String, Object> toJson() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("papers", papers);
      m.put("papersWithoutPrediction", papersWithoutPrediction);
      m.put("organisations", organisations.toJson());
      Map<String, Object> p = proposed.toJson();
      p.put("kindAccuracy", Prf.round(proposed.kindAccuracy()));
      m.put("proposed", p);
      Map<String, Object> u = used.toJson();
      u.put("kindAccuracy", Prf.round(used.kindAccuracy()));
      m.put("used", u);
      return m;
    }
  }

  /** The report of a graph (a store or extractions) as three sections of {@code eval corpus}. */
  public static List<CorpusSection> sections(List<CorpusGold> gold, PaperGraph graph) {
    Map<String, Predicted> predicted = new java.util.HashMap<>();
    for (CorpusGold g : gold) {
      if (graph.contains(g.id())) {
        predicted.put(g.id(), graph.entities(g.id()));
      }
    }
    Report r = score(gold, predicted);
    return List.of(
        new Section("organisations", r.organisations()),
        new Section("proposed", r.proposed()),
        new Section("used", r.used()));
  }

  /**
   * One entity category as a section of the corpus report: P, R, F1 and kind accuracy with their
   * counts.
   */
  record Section(String name, Counts counts) implements CorpusSection {
    @Override
    public List<List<Object>> rows() {
      Counts c = counts;
      int predicted = c.truePositives() + c.falsePositives();
      int gold = c.truePositives() + c.falseNegatives();
      List<List<Object>> rows = new ArrayList<>();
      rows.add(List.of("precision", c.truePositives() + " / " + predicted, f(c.precision())));
      rows.add(List.of("recall", c.truePositives() + " / " + gold, f(c.recall())));
      if (!name.equals("organisations")) {
        rows.add(
            List.of(
                "kind accuracy", c.kindRight() + " / " + c.truePositives(), f(c.kindAccuracy())));
      }
      return rows;
    }

    @Override
    public Map<String, Object> toJson() {
      Map<String, Object> m = counts.toJson();
      if (!name.equals("organisations")) {
        m.put("kindAccuracy", Prf.round(counts.kindAccuracy()));
      }
      return m;
    }

    private static String f(double v) {
      return String.format(java.util.Locale.ROOT, "%.3f", v);
    }
  }

  /** Scores every gold paper against its prediction (by paper id). */
  public static Report score(List<CorpusGold> gold, Map<String, Predicted> predicted) {
    Tally orgs = new Tally();
    Tally proposed = new Tally();
    Tally used = new Tally();
    int without = 0;
    Predicted none = new Predicted(List.of(), List.of(), List.of());
    for (CorpusGold g : gold) {
      Predicted p = predicted.get(g.id());
      if (p == null) {
        without++;
        p = none;
      }
      List<Entry> goldOrgs = new ArrayList<>();
      for (CorpusGold.Org o : g.orgs()) {
        List<String> forms = new ArrayList<>(o.surface());
        forms.add(0, o.name());
        if (forms.stream().noneMatch(OrgNames::isHostingPlatform)) {
          goldOrgs.add(new Entry(o.name(), null, forms));
        }
      }
      List<Entry> predOrgs = new ArrayList<>();
      for (String o : p.orgs()) {
        if (!OrgNames.isHostingPlatform(o)) {
          predOrgs.add(new Entry(o, null, List.of(o)));
        }
      }
      orgs.add(g.id(), goldOrgs, predOrgs);
      proposed.add(g.id(), entries(g.proposed()), entries(p.proposed()));
      used.add(g.id(), entries(g.used()), entries(p.used()));
    }
    return new Report(gold.size(), without, orgs.counts(), proposed.counts(), used.counts());
  }

  /**
   * Two names match: equal after folding, or one's words lead the other's; either side may be "Name
   * (ACR)".
   */
  public static boolean matches(String a, String b) {
    return match(List.of(a), List.of(b), true) || match(List.of(a), List.of(b), false);
  }

  private record Entry(String name, String kind, List<String> forms) {}

  private static List<Entry> entries(List<CorpusGold.Name> names) {
    return names.stream().map(n -> new Entry(n.name(), n.kind(), List.of(n.name()))).toList();
  }

  private static final class Tally {
    int tp;
    int fp;
    int fn;
    int kindRight;
    final List<String> wrong = new ArrayList<>();
    final List<String> missed = new ArrayList<>();

    void add(String id, List<Entry> gold, List<Entry> predicted) {
      boolean[] taken = new boolean[gold.size()];
      List<Entry> unmatched = new ArrayList<>();
      // exact matches first, so "GPT-4o" takes gold "GPT-4o" before "GPT-4o-mini" can take it as a
      // leading part
      List<Entry> rest = assign(gold, predicted, taken, true, unmatched);
      unmatched.clear();
      assign(gold, rest, taken, false, unmatched);
      fp += unmatched.size();
      unmatched.forEach(e -> wrong.add(id + ": " + e.name()));
      for (int i = 0; i < gold.size(); i++) {
        if (!taken[i]) {
          fn++;
          missed.add(id + ": " + gold.get(i).name());
        }
      }
    }

    private List<Entry> assign(
        List<Entry> gold,
        List<Entry> predicted,
        boolean[] taken,
        boolean exact,
        List<Entry> unmatched) {
      for (Entry p : predicted) {
        int hit = -1;
        for (int i = 0; i < gold.size() && hit < 0; i++) {
          if (!taken[i] && match(p.forms(), gold.get(i).forms(), exact)) {
            hit = i;
          }
        }
        if (hit >= 0) {
          taken[hit] = true;
          tp++;
          if (sameKind(p.kind(), gold.get(hit).kind())) {
            kindRight++;
          }
        } else {
          unmatched.add(p);
        }
      }
      return List.copyOf(unmatched);
    }

    Counts counts() {
      return new Counts(tp, fp, fn, kindRight, wrong, missed);
    }
  }

  private static boolean sameKind(String predicted, String gold) {
    if (predicted == null || gold == null) {
      return false;
    }
    return normalKind(predicted).equals(normalKind(gold));
  }

  /** The gold guide's "framework" is what paperkg calls a method. */
  private static String normalKind(String kind) {
    return kind.equals("framework") ? "method" : kind;
  }

  private static boolean match(List<String> a, List<String> b, boolean exact) {
    for (String x : a) {
      for (List<String> fx : forms(x)) {
        for (String y : b) {
          for (List<String> fy : forms(y)) {
            if (matchWords(fx, fy, exact)) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  private static boolean matchWords(List<String> x, List<String> y, boolean exact) {
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    if (String.join("", x).equals(String.join("", y))) {
      return true;
    }
    if (exact) {
      return false;
    }
    List<String> shorter = x.size() <= y.size() ? x : y;
    List<String> longer = x.size() <= y.size() ? y : x;
    return longer.subList(0, shorter.size()).equals(shorter);
  }

  private static final Pattern DEFINED = Pattern.compile("^(.+?)\\s*\\(([^()]+)\\)\\s*$");

  /**
   * A name's folded word forms: itself, and for "Full Name (ACR)" the full name and the acronym.
   */
  static List<List<String>> forms(String name) {
    List<List<String>> out = new ArrayList<>();
    out.add(words(name));
    Matcher m = DEFINED.matcher(name);
    if (m.matches()) {
      out.add(words(m.group(1)));
      out.add(words(m.group(2)));
    }
    return out;
  }

  static List<String> words(String name) {
    String folded =
        java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(java.util.Locale.ROOT);
    List<String> out = new ArrayList<>();
    for (String w : folded.split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }
}
