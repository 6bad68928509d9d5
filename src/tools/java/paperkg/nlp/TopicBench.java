package paperkg.nlp;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import paperkg.eval.CorpusGold;
import paperkg.eval.ExtractedGraph;
import paperkg.eval.GoldFiles;
import paperkg.eval.TopicRecall;

/**
 * Developer loop for topic work, not a test: extracts cached annotations ({@link AnnotationCache})
 * with a vocabulary file and scores topic recall against corpus gold in seconds; {@code
 * -Dshow=true} prints every paper's topics and the gold topics missed; {@code -Dmisses=FILE} writes
 * the missed gold topics, one a line (paper id, level, topic, the paper's topics, title).
 *
 * <p>Usage: {@code TopicBench papers.jsonl cache.jsonl.gz gold.jsonl topic-vocabulary.tsv}
 */
public final class TopicBench {
  public static void main(String[] args) throws Exception {
    Map<String, Annotated> annotated =
        AnnotationCache.load(AnnotationCache.papers(Path.of(args[0])), Path.of(args[1]), 2);
    List<CorpusGold> gold = GoldFiles.corpus(Path.of(args[2]));
    TopicVocabulary vocab;
    try (InputStream in = Files.newInputStream(Path.of(args[3]))) {
      vocab = TopicVocabulary.read(in);
    }
    Extractor extractor = new Extractor(CorpusStats.load(), KeyphraseModel.load(), vocab);
    List<Extraction> out = new ArrayList<>();
    annotated.values().forEach(a -> out.add(extractor.extract(a)));
    TopicRecall.Report r = TopicRecall.score(gold, new ExtractedGraph(out));
    int topics = out.stream().mapToInt(e -> e.topics().size()).sum();
    if (Boolean.getBoolean("concepts")) {
      explain(annotated, gold, extractor, vocab);
    }
    String missesFile = System.getProperty("misses");
    if (missesFile != null) {
      // one line per missed gold topic: paper id, level, topic, the paper's topics, its title
      List<String> lines = new ArrayList<>();
      for (Extraction e : out) {
        String topicsOf = String.join("|", e.topics().stream().map(TopicMention::name).toList());
        r.misses().stream()
            .filter(m -> m.paperId().equals(e.paper().id()))
            .forEach(
                m ->
                    lines.add(
                        String.join(
                            "\t",
                            e.paper().id(),
                            m.level(),
                            m.topic(),
                            topicsOf,
                            e.paper().title())));
      }
      Files.write(Path.of(missesFile), lines);
    }
    if (Boolean.getBoolean("show")) {
      for (Extraction e : out) {
        System.out.println(e.paper().id() + " " + e.paper().title());
        e.topics().forEach(t -> System.out.println("   " + t.name() + " <- " + t.broader()));
        r.misses().stream()
            .filter(m -> m.paperId().equals(e.paper().id()))
            .forEach(m -> System.out.println("   MISSED " + m.level() + " " + m.topic()));
      }
    }
    System.out.printf(
        "vocabulary %d; %d papers, %.2f topics/paper; recall %.3f broad %.3f specific %.3f%n",
        vocab.size(),
        out.size(),
        topics / (double) out.size(),
        r.overall().recall(),
        r.broad().recall(),
        r.specific().recall());
  }

  /**
   * Per missed gold topic (Porter-stemmed name or alternative): the paper's concept of that name,
   * whether it is a vocabulary entry, and its support ({@link TopicSelector#support}), so a miss
   * reads as "not in the vocabulary", "not said" or "said in passing".
   */
  private static void explain(
      Map<String, Annotated> annotated,
      List<CorpusGold> gold,
      Extractor extractor,
      TopicVocabulary vocab) {
    for (CorpusGold g : gold) {
      Annotated a = annotated.get(g.id());
      if (a == null) {
        continue;
      }
      Map<String, Concept> byStem = new java.util.HashMap<>();
      for (Concept c : extractor.concepts(a)) {
        byStem.putIfAbsent(paperkg.eval.Stems.of(c.name), c);
      }
      for (CorpusGold.Topic t : g.topics()) {
        String status = "NOTSAID";
        List<String> names = new ArrayList<>(t.alt());
        names.add(0, t.topic());
        for (String n : names) {
          Concept c = byStem.get(paperkg.eval.Stems.of(n));
          if (c != null) {
            status =
                String.format(
                    "%s %s support %.1f (%d+%d+%d%s)",
                    vocab.get(c.key) == null ? "NOVOCAB" : "VOCAB",
                    c.name,
                    TopicSelector.support(c.mentionSentences),
                    c.count,
                    c.tailCount,
                    c.embedded,
                    c.inTitle ? " title" : "");
            break;
          }
        }
        System.out.println("CONCEPT " + g.id() + " " + t.level() + " " + t.topic() + ": " + status);
      }
    }
  }
}
