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
      for (Map.Entry<String, String> e : p.getValue().entrySet()) {
        boolean on = names.contains(e.getKey());
        (on ? kept : dropped).merge(e.getValue(), 1, Integer::sum);
        if (!on || !e.getValue().equals("good")) {
          report.append(
              String.format(
                  "%s %-8s %-40s %s%n",
                  on ? "KEPT   " : "DROPPED", e.getValue(), e.getKey(), a.paper().title()));
        }
      }
      for (TopicMention t : topics) {
        if (!p.getValue().containsKey(t.name())) {
          fresh++;
          report.append(
              String.format("NEW     r%d       %-40s %s%n", t.rank(), t.name(), a.paper().title()));
        }
      }
    }
    System.out.print(report);
    int keptAll = kept.values().stream().mapToInt(Integer::intValue).sum();
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
