package paperkg.tools;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import paperkg.eval.CorpusGold;
import paperkg.eval.EntityScoring;
import paperkg.eval.GoldFiles;
import paperkg.nlp.Annotated;
import paperkg.nlp.Annotator;
import paperkg.nlp.Extractor;
import paperkg.nlp.Sentence;
import paperkg.source.Paper;
import paperkg.source.PaperSources;
import paperkg.source.ReaderSettings;

/**
 * Developer loop for entity work, not a test: annotates the papers of a JSONL file once (cached as
 * JSON beside a cache path), then re-runs only the extractor and {@link EntityScoring}, printing
 * the figures and every false positive and miss. Args: PAPERS.jsonl GOLD.jsonl CACHE.json. Run with
 * the test classpath: {@code java -cp target/test-classes:target/classes:target/lib/*
 * paperkg.tools.EntityBench …}.
 */
public final class EntityBench {
  private static final ObjectMapper JSON = new ObjectMapper();

  public static void main(String[] args) throws Exception {
    List<Paper> papers = new ArrayList<>();
    PaperSources.read(List.of(args[0]), null, ReaderSettings.defaults(), papers::add);
    List<CorpusGold> gold = GoldFiles.corpus(Path.of(args[1]));
    File cache = new File(args[2]);
    Map<String, List<Sentence>> cached;
    if (cache.exists()) {
      cached = JSON.readValue(cache, new TypeReference<Map<String, List<Sentence>>>() {});
    } else {
      cached = new LinkedHashMap<>();
      Annotator annotator = Annotator.create();
      for (Paper p : papers) {
        cached.put(p.id(), annotator.annotate(p).sentences());
      }
      JSON.writeValue(cache, cached);
    }
    Extractor extractor = Extractor.create();
    Map<String, EntityScoring.Predicted> predicted = new LinkedHashMap<>();
    for (Paper p : papers) {
      predicted.put(
          p.id(), EntityScoring.predicted(extractor.extract(new Annotated(p, cached.get(p.id())))));
    }
    EntityScoring.Report r = EntityScoring.score(gold, predicted);
    boolean quiet = args.length > 3;
    print("organisations", r.organisations(), quiet);
    print("proposed", r.proposed(), quiet);
    print("used", r.used(), quiet);
    System.out.println(JSON.writeValueAsString(r.toJson()));
  }

  private static void print(String what, EntityScoring.Counts c, boolean quiet) {
    if (!quiet) {
      c.wrong().forEach(w -> System.out.println(what + " FP  " + w));
      c.missed().forEach(w -> System.out.println(what + " FN  " + w));
    }
    System.out.printf(
        "%s P %.3f R %.3f (tp %d fp %d fn %d) kind %.3f%n",
        what,
        c.precision(),
        c.recall(),
        c.truePositives(),
        c.falsePositives(),
        c.falseNegatives(),
        c.kindAccuracy());
  }
}
