package paperkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EntityScoringTest {
  private static List<CorpusGold> gold(String json) throws Exception {
    Path f = java.nio.file.Files.createTempFile("gold", ".jsonl");
    java.nio.file.Files.writeString(f, json + "\n");
    return GoldFiles.corpus(f);
  }

  @Test
  void foldingAcronymFormsAndLeadingParts() {
    assertTrue(EntityScoring.matches("GPT-4o", "gpt 4o"));
    assertTrue(EntityScoring.matches("PR-Sink", "Pose-Retrieval Sink Attention (PR-Sink)"));
    assertTrue(
        EntityScoring.matches(
            "Pose-Retrieval Sink Attention", "Pose-Retrieval Sink Attention (PR-Sink)"));
    assertTrue(EntityScoring.matches("IBM Quantum", "IBM"));
    assertFalse(EntityScoring.matches("IBMQ", "IBM"));
    assertFalse(EntityScoring.matches("Google", "OpenAI"));
  }

  @Test
  void countsSecondNodesForOneGoldEntryAndIgnoresHostingPlatforms() throws Exception {
    List<CorpusGold> g =
        gold(
            "{\"id\":\"p1\",\"orgs\":[{\"name\":\"Apple\",\"surface\":[\"Apple"
                + " Inc.\"]},{\"name\":\"Hugging Face\",\"surface\":[\"Hugging Face\"]},{\"name\":\"NASA\",\"surface\":"
                + "[\"NASA\"]}],\"proposed\":[{\"name\":\"Chain of Mindset (CoM)\",\"kind\":\"framework\"}],"
                + "\"used\":[{\"name\":\"MMLU\",\"kind\":\"benchmark\"},{\"name\":\"GSM8K\",\"kind\":\"benchmark\"}],"
                + "\"topics\":[]}");
    EntityScoring.Predicted p =
        new EntityScoring.Predicted(
            List.of("Apple", "Apple Inc.", "GitHub", "Pearson"),
            List.of(new CorpusGold.Name("CoM", "method")),
            List.of(
                new CorpusGold.Name("MMLU", "dataset"), new CorpusGold.Name("GPT-4o", "model")));
    EntityScoring.Report r = EntityScoring.score(g, Map.of("p1", p));
    // Apple right; "Apple Inc." a second node for it and Pearson wrong; NASA missed; platforms
    // count neither way
    assertEquals(1, r.organisations().truePositives());
    assertEquals(2, r.organisations().falsePositives());
    assertEquals(1, r.organisations().falseNegatives());
    assertEquals(List.of("p1: Apple Inc.", "p1: Pearson"), r.organisations().wrong());
    assertEquals(1.0, r.proposed().recall());
    assertEquals(1.0, r.proposed().kindAccuracy(), "framework is a method");
    assertEquals(0.5, r.used().precision());
    assertEquals(0.5, r.used().recall());
    assertEquals(0.0, r.used().kindAccuracy());
  }

  @Test
  void aPaperWithoutPredictionsCountsAsPredictingNothing() throws Exception {
    List<CorpusGold> g =
        gold(
            "{\"id\":\"p1\",\"orgs\":[{\"name\":\"IBM\",\"surface\":[]}],"
                + "\"proposed\":[],\"used\":[],\"topics\":[]}");
    EntityScoring.Report r = EntityScoring.score(g, Map.of());
    assertEquals(1, r.papersWithoutPrediction());
    assertEquals(1, r.organisations().falseNegatives());
    assertEquals(0.0, r.organisations().recall());
  }
}
