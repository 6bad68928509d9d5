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
 * corpus.jsonl cache.jsonl.gz [topic-vocabulary.tsv]}; with {@code -Dunshared=FILE} it also writes
 * one line per paper that shares no small topic ({@link #unshared}).
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
    List<Extraction> extractions = new ArrayList<>();
    int edges = 0;
    for (Annotated a : annotated.values()) {
      Set<String> ids = new HashSet<>();
      Extraction x = extractor.extract(a);
      extractions.add(x);
      for (TopicMention t : x.topics()) {
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
    List<Annotated> unshared = new ArrayList<>();
    List<Annotated> papers = new ArrayList<>(annotated.values());
    for (int i = 0; i < topicsOf.size(); i++) {
      if (topicsOf.get(i).stream()
          .anyMatch(id -> papersOf.get(id).size() >= 2 && papersOf.get(id).size() <= 0.05 * n)) {
        sharing++;
      } else {
        unshared.add(papers.get(i));
      }
    }
    String singles = System.getProperty("singles");
    if (singles != null) {
      // the topics one paper only got: names, one a line (for a vocabulary pruning experiment)
      Files.write(
          Path.of(singles),
          papersOf.entrySet().stream()
              .filter(e -> e.getValue().size() == 1)
              .map(e -> names.get(e.getKey()))
              .sorted()
              .toList());
    }
    String out = System.getProperty("unshared");
    if (out != null) {
      Map<String, Extraction> byId = new HashMap<>();
      extractions.forEach(x -> byId.put(x.paper().id(), x));
      unshared(Path.of(out), unshared, byId, extractor, vocab, papersOf, n);
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

  /**
   * One tab-separated line per paper sharing no small topic: id, title, its topics with their
   * corpus paper counts, then the small vocabulary entries (≤ 5 % of the vocabulary's papers) it
   * names but was not given, each as {@code name[support;sentences;titleShare;keyphrase rank]}
   * (sentence indices, 0 the title, 'a' marking an aside), and small entries its title names
   * outside its concepts ({@code title:name}).
   */
  private static void unshared(
      Path file,
      List<Annotated> papers,
      Map<String, Extraction> extractions,
      Extractor extractor,
      TopicVocabulary vocab,
      Map<String, Set<String>> papersOf,
      int n)
      throws Exception {
    TopicSelector selector = new TopicSelector(vocab, null);
    try (java.io.PrintWriter w =
        new java.io.PrintWriter(Files.newBufferedWriter(Path.of(file.toString())))) {
      for (Annotated a : papers) {
        Extraction x = extractions.get(a.paper().id());
        StringBuilder line =
            new StringBuilder(a.paper().id()).append('\t').append(a.paper().title());
        line.append('\t');
        Set<String> given = new HashSet<>();
        for (TopicMention t : x.topics()) {
          given.add(t.name());
          Set<String> p = papersOf.get(Ids.slug(t.name()));
          line.append(t.name()).append(" (").append(p == null ? 0 : p.size()).append("); ");
        }
        line.append('\t');
        Map<String, Integer> keyRank = new HashMap<>();
        for (int i = 0; i < x.keyphrases().size(); i++) {
          TopicVocabulary.Entry e = vocab.get(ConceptIdentity.key(x.keyphrases().get(i).text()));
          if (e != null) {
            keyRank.putIfAbsent(e.name(), i + 1);
          }
        }
        Set<String> seen = new HashSet<>();
        selector
            .evidence(extractor.concepts(a))
            .forEach(
                (name, ev) -> {
                  TopicVocabulary.Entry e = vocab.named(name);
                  seen.add(name);
                  if (given.contains(name) || e.field() || e.papers() > 0.05 * n) {
                    return;
                  }
                  StringBuilder at = new StringBuilder();
                  for (Sentence s : ev.sentences()) {
                    at.append(s.index()).append(Asides.isAside(s) ? "a" : "").append(',');
                  }
                  line.append(
                      String.format(
                          "%s[%.1f;%s;%.2f;%s] ",
                          name,
                          TopicSelector.support(ev.sentences()),
                          at,
                          vocab.titleShare(e),
                          keyRank.getOrDefault(name, 0)));
                });
        String title = TopicSelector.titleKey(a);
        for (TopicVocabulary.Entry e : vocab.entries()) {
          if (!e.field()
              && e.papers() <= 0.05 * n
              && !seen.contains(e.name())
              && title.contains(" " + ConceptIdentity.key(e.name()) + " ")) {
            line.append("title:").append(e.name()).append(' ');
          }
        }
        w.println(line);
      }
    }
  }
}
