package paperkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import paperkg.source.Paper;

/**
 * The unnamed topic the shipped centroids give real abstracts (src/test/resources/paperkg/nlp/
 * SOURCE.txt), through the real CoreNLP pipeline: a translation benchmark that never says "machine
 * translation", a math-competition benchmark that never says "mathematical reasoning" as a phrase
 * the topic layer keeps; and nothing where the nearest centroid is only faintly like the paper.
 */
class TopicCentroidsIT {
  private static final Map<String, TopicCentroids.Scored> BEST = new HashMap<>();

  @BeforeAll
  static void score() throws Exception {
    TopicCentroids centroids = TopicCentroids.load();
    CorpusStats stats = CorpusStats.load();
    Extractor named = new Extractor(stats, KeyphraseModel.load(), TopicVocabulary.load(), null);
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                TopicCentroidsIT.class.getResourceAsStream("/paperkg/nlp/centroid-abstracts.jsonl"),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        JsonNode n = json.readTree(line);
        Paper p =
            Paper.builder(n.get("title").asText())
                .id(n.get("id").asText())
                .abstractText(n.get("abstract").asText())
                .build();
        Annotated a = SharedAnnotator.annotator().annotate(p);
        BEST.put(
            p.id(),
            centroids.best(
                TopicCentroids.vector(a, stats), Extractor.reached(named.extract(a).topics())));
      }
    }
    assertEquals(4, BEST.size());
  }

  @Test
  void aPaperGetsTheEntryItsWordsAreAbout() {
    assertEquals("machine translation", BEST.get("2511.10984").name()); // DiscoX
    assertEquals("mathematical reasoning", BEST.get("2510.26768").name()); // AMO-Bench
  }

  @Test
  void aFaintLikenessIsNoTopic() {
    assertNull(BEST.get("2603.28032"), "world model on a drone simulator (cosine 0.099)");
    assertNull(BEST.get("2605.22608"), "user interface on an agent evaluation tool (0.087)");
  }
}
