package paperkg.nlp;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import paperkg.rdf.Ids;

/**
 * Developer tool, not a test: the graph-wide topic figures of issue 10 computed from extractions of
 * cached annotations ({@link AnnotationCache}) without a store, in seconds — the same figures
 * docs/QUALITY.md computes with Cypher on an imported store. Usage: {@code CorpusTopicFigures
 * corpus.jsonl cache.jsonl.gz [topic-vocabulary.tsv]}.
 */
public final class CorpusTopicFigures {
  public static void main(String[] args) throws Exception {
    Map<String, Annotated> annotated =
        AnnotationCache.load(AnnotationCache.papers(Path.of(args[0])), Path.of(args[1]), 2);
    TopicVocabulary vocab = TopicVocabulary.load();
    if (args.length > 2) {
      try (InputStream in = Files.newInputStream(Path.of(args[2]))) {
        vocab = TopicVocabulary.read(in);
      }
    }
    Extractor extractor = new Extractor(CorpusStats.load(), KeyphraseModel.load(), vocab);
    Map<String, Set<String>> papersOf = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    List<Set<String>> topicsOf = new ArrayList<>();
    int edges = 0;
    for (Annotated a : annotated.values()) {
      Set<String> ids = new HashSet<>();
      for (TopicMention t : extractor.extract(a).topics()) {
        String id = Ids.slug(t.name());
        names.put(id, t.name());
        ids.add(id);
        papersOf.computeIfAbsent(id, k -> new HashSet<>()).add(a.paper().id());
        edges++;
      }
      topicsOf.add(ids);
    }
    int n = annotated.size();
    long shared = papersOf.values().stream().filter(p -> p.size() >= 2).count();
    int sharing = 0;
    for (Set<String> ids : topicsOf) {
      if (ids.stream()
          .anyMatch(id -> papersOf.get(id).size() >= 2 && papersOf.get(id).size() <= 0.05 * n)) {
        sharing++;
      }
    }
    Map<String, List<String>> folded = new HashMap<>();
    names
        .values()
        .forEach(
            name ->
                folded
                    .computeIfAbsent(
                        name.toLowerCase().replaceAll("[-\\s]+", "").replaceAll("(es|s)\\b", ""),
                        k -> new ArrayList<>())
                    .add(name));
    long pairs = folded.values().stream().filter(l -> l.size() > 1).count();
    System.out.printf(
        "%d papers, %d HAS_TOPIC edges (%.2f per paper), %d topics; shared by >= 2 papers: %.3f; "
            + "papers sharing a topic of <= 5%% of papers with another: %.3f; folded name collisions: %d%n",
        n,
        edges,
        edges / (double) n,
        papersOf.size(),
        shared / (double) papersOf.size(),
        sharing / (double) n,
        pairs);
    papersOf.entrySet().stream()
        .sorted((x, y) -> y.getValue().size() - x.getValue().size())
        .limit(40)
        .forEach(e -> System.out.print(names.get(e.getKey()) + " " + e.getValue().size() + "; "));
    System.out.println();
  }
}
