package paperkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The selection rule of {@link TopicCentroids#best}, and the shipped centroids' shape. */
class TopicCentroidsTest {
  private static TopicCentroids of(String tsv) throws Exception {
    return TopicCentroids.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)));
  }

  private static final String TWO =
      "# test\n"
          + "knowledge distillation\t50\t0.20\tdistillation=0.8|teacher=0.6\n"
          + "model compression\t12\t0.40\tpruning=0.8|distillation=0.6\n";

  @Test
  void theEntryFurthestAboveItsThresholdWins() throws Exception {
    TopicCentroids c = of(TWO);
    // cosines: distillation 0.48 (2.4 x its threshold), compression 0.84 (2.1 x)
    Map<String, Double> v = Map.of("pruning", 0.6, "distillation", 0.6);
    assertEquals("knowledge distillation", c.best(v, Set.of()).name());
    assertEquals("model compression", c.best(v, Set.of("knowledge distillation")).name());
  }

  @Test
  void belowItsThresholdOrTheFloorAnEntryIsNone() throws Exception {
    TopicCentroids c = of(TWO);
    // "model compression" 0.36 < 0.40; "knowledge distillation" 0.27 >= 0.20
    assertEquals(
        "knowledge distillation",
        c.best(Map.of("pruning", 0.45, "distillation", 0.0001, "teacher", 0.45), Set.of()).name());
    assertNull(c.best(Map.of("pruning", 0.45), Set.of()));
    // above its threshold 0.10 but below the floor
    TopicCentroids low = of("x\t9\t0.10\tword=1.0\n");
    assertNull(low.best(Map.of("word", TopicCentroids.MIN_SIMILARITY - 0.01), Set.of()));
    assertEquals("x", low.best(Map.of("word", TopicCentroids.MIN_SIMILARITY), Set.of()).name());
  }

  @Test
  void theShippedCentroidsAreUnitVectorsOfSpecificEntries() throws Exception {
    TopicCentroids c = TopicCentroids.load();
    TopicVocabulary vocab = TopicVocabulary.load();
    assertTrue(c.size() > 300, "centroids: " + c.size());
    for (String name : c.names()) {
      TopicVocabulary.Entry e = vocab.named(name);
      assertTrue(e != null && TopicSelector.small(e), name);
      assertTrue(c.threshold(name) > 0 && c.threshold(name) < 1, name);
    }
  }
}
