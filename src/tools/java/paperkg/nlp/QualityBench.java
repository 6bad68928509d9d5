package paperkg.nlp;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import paperkg.eval.GoldDoc;
import paperkg.eval.GoldFiles;
import paperkg.eval.Scoring;

/**
 * Developer loop for ranking work, not a test: annotates the benchmarks once (cached as JSON under
 * /tmp/paperkg-quality), then re-runs only the extractor and scoring, so a change costs seconds,
 * not minutes. Run with the test classpath: {@code java -cp
 * target/test-classes:target/classes:target/lib/* paperkg.nlp.QualityBench}.
 */
public final class QualityBench {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path CACHE = Path.of("/tmp/paperkg-quality");

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--aff")) {
      for (GoldDoc d : GoldFiles.affiliations(Path.of(args[1]))) {
        List<String> p = Affiliations.organisations(d.paper().abstractText());
        List<String> g = d.gold().stream().map(GoldDoc.Gold::text).toList();
        if (!p.equals(g)) {
          System.out.println(d.paper().abstractText() + "\n   gold " + g + "\n   got  " + p);
        }
      }
      return;
    }
    if (args.length > 0 && args[0].equals("--seed")) {
      seed(Extractor.create(), args.length > 1 ? args[1] : null);
      return;
    }
    if (args.length == 0) {
      System.err.println(
          "usage: QualityBench DIR (holding inspec/inspec_dev.jsonl, scierc/scierc_train_dev.jsonl)");
      System.exit(2);
    }
    Path data = Path.of(args[0]);
    Extractor extractor = Extractor.create();
    List<GoldDoc> inspec = GoldFiles.inspec(data.resolve("inspec/inspec_dev.jsonl"));
    List<GoldDoc> scierc = GoldFiles.scierc(data.resolve("scierc/scierc_train_dev.jsonl"));
    Map<String, Extraction> ie = extract(extractor, inspec, "inspec");
    Map<String, Extraction> se = extract(extractor, scierc, "scierc");
    System.out.println("inspec " + Scoring.keyphrases(inspec, ie).toJson());
    System.out.println("scierc " + Scoring.entities(scierc, se).toJson());
    int hits = 0;
    int gold = 0;
    for (GoldDoc d : inspec) {
      java.util.Set<String> g = new java.util.HashSet<>();
      d.gold().forEach(x -> g.add(paperkg.eval.Stems.of(x.text())));
      java.util.Set<String> p = new java.util.HashSet<>();
      ie.get(d.id()).keyphrases().forEach(k -> p.add(paperkg.eval.Stems.of(k.text())));
      gold += g.size();
      p.retainAll(g);
      hits += p.size();
    }
    System.out.printf(
        "inspec recall of all %d keyphrases: %.3f%n",
        KeyphraseRanker.KEYPHRASES, hits / (double) gold);
    if (args.length > 1) {
      dump(inspec, ie, Path.of(args[1]));
    }
  }

  /**
   * Topics shared by the most seed papers; with a topic name, the papers that have it or mention
   * it.
   */
  static void seed(Extractor extractor, String focus) throws Exception {
    List<GoldDoc> docs = new ArrayList<>();
    for (paperkg.source.Paper p : SeedListing.papers()) {
      docs.add(new GoldDoc(p, List.of()));
    }
    Map<String, Integer> counts = new java.util.TreeMap<>();
    for (Annotated a : annotated(docs, "seed")) {
      Extraction e = extractor.extract(a);
      e.topics().forEach(t -> counts.merge(t.name(), 1, Integer::sum));
      e.topics()
          .forEach(
              t ->
                  t.broader()
                      .forEach(b -> System.out.println("BROADER\t" + t.name() + " -> " + b)));
      if (focus != null) {
        boolean has = e.topics().stream().anyMatch(t -> t.name().equals(focus));
        String text = (a.paper().title() + " " + a.paper().abstractText()).toLowerCase();
        if (!has && (text.contains(focus) || text.contains("llm"))) {
          System.out.println(
              "MISSING in "
                  + a.paper().title()
                  + ": "
                  + e.topics().stream().map(TopicMention::name).toList());
        }
      }
    }
    counts.entrySet().stream()
        .sorted((x, y) -> y.getValue() - x.getValue())
        .limit(25)
        .forEach(en -> System.out.println(en.getValue() + "\t" + en.getKey()));
  }

  static Map<String, Extraction> extract(Extractor extractor, List<GoldDoc> docs, String name)
      throws Exception {
    Map<String, Extraction> out = new LinkedHashMap<>();
    for (Annotated a : annotated(docs, name)) {
      out.put(a.paper().id(), extractor.extract(a));
    }
    return out;
  }

  static List<Annotated> annotated(List<GoldDoc> docs, String name) throws Exception {
    File f = CACHE.resolve(name + ".json").toFile();
    Map<String, List<Sentence>> cached;
    if (f.exists()) {
      cached = JSON.readValue(f, new TypeReference<Map<String, List<Sentence>>>() {});
    } else {
      cached = new LinkedHashMap<>();
      Annotator annotator = Annotator.create();
      for (GoldDoc d : docs) {
        cached.put(d.id(), annotator.annotate(d.paper()).sentences());
      }
      f.getParentFile().mkdirs();
      JSON.writeValue(f, cached);
    }
    List<Annotated> out = new ArrayList<>();
    for (GoldDoc d : docs) {
      out.add(new Annotated(d.paper(), cached.get(d.id())));
    }
    return out;
  }

  /**
   * Per document: gold keyphrases, then the top 10 with a mark for the matches, for error analysis.
   */
  static void dump(List<GoldDoc> docs, Map<String, Extraction> ex, Path to) throws Exception {
    StringBuilder sb = new StringBuilder();
    for (GoldDoc d : docs) {
      java.util.Set<String> gold = new java.util.HashSet<>();
      d.gold().forEach(g -> gold.add(paperkg.eval.Stems.of(g.text())));
      sb.append("## ").append(d.id()).append(' ').append(d.paper().title()).append('\n');
      sb.append("gold: ").append(d.gold().stream().map(GoldDoc.Gold::text).toList()).append('\n');
      for (Keyphrase k : ex.get(d.id()).keyphrases()) {
        sb.append(gold.contains(paperkg.eval.Stems.of(k.text())) ? " + " : " - ")
            .append(k.text())
            .append(' ')
            .append(k.score())
            .append('\n');
      }
    }
    java.nio.file.Files.writeString(to, sb.toString());
  }
}
