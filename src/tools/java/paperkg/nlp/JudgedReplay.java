package paperkg.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Developer tool, not a test: re-extracts the papers of a judged edge sample (docs/judged/*.jsonl,
 * labels decided by a reader) from cached annotations with a vocabulary file, and says which judged
 * edges a rule change keeps or drops and which edges are new (unjudged: to be read). It estimates
 * what a change does to precision between official judgings; it decides no label.
 *
 * <p>Usage: {@code JudgedReplay judged.jsonl papers.jsonl cache.jsonl.gz topic-vocabulary.tsv};
 * {@code papers.jsonl} holds the judged papers' records.
 */
public final class JudgedReplay {
  /** The sentence speaks of the paper's own work: "we", "our", "this paper/work/study". */
  static boolean own(Sentence s) {
    List<Token> t = s.tokens();
    for (int i = 0; i < t.size(); i++) {
      String w = t.get(i).word().toLowerCase(java.util.Locale.ROOT);
      if (w.equals("we") || w.equals("our")) {
        return true;
      }
      if (w.equals("this")
          && i + 1 < t.size()
          && Set.of("paper", "work", "study", "report", "article")
              .contains(t.get(i + 1).word().toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper();
    Map<String, Map<String, String>> labels = new LinkedHashMap<>();
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        JsonNode n = json.readTree(line);
        labels
            .computeIfAbsent(n.get("paper_id").asText(), k -> new HashMap<>())
            .put(n.get("topic").asText(), n.get("label").asText());
      }
    }
    Map<String, Annotated> annotated =
        AnnotationCache.load(AnnotationCache.papers(Path.of(args[1])), Path.of(args[2]), 2);
    TopicVocabulary vocab;
    try (InputStream in = Files.newInputStream(Path.of(args[3]))) {
      vocab = TopicVocabulary.read(in);
    }
    Extractor extractor = new Extractor(CorpusStats.load(), KeyphraseModel.load(), vocab);
    Map<String, Integer> kept = new HashMap<>();
    Map<String, Integer> dropped = new HashMap<>();
    Map<Integer, Map<String, Integer>> keptByRank = new java.util.TreeMap<>();
    TopicSelector selector = new TopicSelector(vocab, TopicFields.load());
    String featureFile = System.getProperty("features");
    StringBuilder features = new StringBuilder();
    int fresh = 0;
    int edges = 0;
    StringBuilder report = new StringBuilder();
    for (Map.Entry<String, Map<String, String>> p : labels.entrySet()) {
      Annotated a = annotated.get(p.getKey());
      if (a == null) {
        continue;
      }
      List<TopicMention> topics = extractor.extract(a).topics();
      Set<String> names = new HashSet<>();
      topics.forEach(t -> names.add(t.name()));
      edges += topics.size();
      Map<String, TopicMention> byName = new HashMap<>();
      topics.forEach(t -> byName.put(t.name(), t));
      for (Map.Entry<String, String> e : p.getValue().entrySet()) {
        TopicMention t = byName.get(e.getKey());
        boolean on = t != null;
        (on ? kept : dropped).merge(e.getValue(), 1, Integer::sum);
        if (on) {
          keptByRank
              .computeIfAbsent(Math.min(t.rank(), 4), k -> new HashMap<>())
              .merge(e.getValue(), 1, Integer::sum);
        }
        if (!on || !e.getValue().equals("good") || Boolean.getBoolean("all")) {
          report.append(
              String.format(
                  "%s %-8s %-40s %s%s%n",
                  on ? "KEPT   " : "DROPPED",
                  e.getValue(),
                  e.getKey(),
                  on ? String.format("r%d %.2f ", t.rank(), t.score()) : "",
                  a.paper().title()));
        }
      }
      if (featureFile != null) {
        Map<String, TopicSelector.Evidence> ev = selector.evidence(extractor.concepts(a));
        for (TopicMention t : topics) {
          TopicSelector.Evidence e = ev.get(t.name());
          List<Sentence> ss = e == null ? List.of() : e.sentences();
          TopicVocabulary.Entry entry = vocab.named(t.name());
          features
              .append(
                  String.join(
                      "\t",
                      a.paper().id(),
                      t.name(),
                      p.getValue().getOrDefault(t.name(), "-"),
                      String.valueOf(t.rank()),
                      String.valueOf(t.score()),
                      String.valueOf(TopicSelector.support(ss)),
                      String.valueOf(ss.size()),
                      String.valueOf(ss.stream().filter(Asides::isAside).count()),
                      String.valueOf(ss.stream().filter(x -> x.index() == Annotator.TITLE).count()),
                      String.valueOf(ss.stream().filter(x -> x.index() == 1).count()),
                      String.valueOf(entry == null ? 0 : vocab.titleShare(entry)),
                      String.valueOf(entry == null ? 0 : entry.papers()),
                      String.valueOf(entry != null && entry.field()),
                      String.valueOf(ss.stream().filter(JudgedReplay::own).count()),
                      ss.stream()
                          .map(x -> String.valueOf(x.index()))
                          .collect(java.util.stream.Collectors.joining(",")),
                      String.valueOf(a.sentences().size()),
                      e == null ? "-" : vocab.get(e.concept().key) == entry ? "own" : "whole",
                      a.paper().title(),
                      ss.isEmpty()
                          ? ""
                          : ss.get(ss.size() > 1 && ss.get(0).index() == 0 ? 1 : 0).text()))
              .append('\n');
        }
      }
      for (TopicMention t : topics) {
        if (!p.getValue().containsKey(t.name())) {
          fresh++;
          report.append(
              String.format(
                  "NEW     r%d       %-40s %.2f %s%n",
                  t.rank(), t.name(), t.score(), a.paper().title()));
        }
      }
    }
    System.out.print(report);
    if (featureFile != null) {
      Files.writeString(Path.of(featureFile), features);
    }
    int keptAll = kept.values().stream().mapToInt(Integer::intValue).sum();
    keptByRank.forEach(
        (r, m) ->
            System.out.printf(
                "kept at rank %s%d: %s, precision %.3f%n",
                r == 4 ? ">=" : "",
                r,
                m,
                m.getOrDefault("good", 0)
                    / (double) m.values().stream().mapToInt(Integer::intValue).sum()));
    System.out.printf(
        "judged edges kept %s dropped %s; kept precision %.3f; %d new edges; %d edges on %d"
            + " papers%n",
        kept,
        dropped,
        kept.getOrDefault("good", 0) / (double) Math.max(1, keptAll),
        fresh,
        edges,
        labels.size());
  }
}
