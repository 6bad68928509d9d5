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
 * -Dshow=true} prints every paper's topics and the gold topics missed.
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
}
