package paperkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The BROADER rules of the shipped hierarchy, on small made-up paper sets. */
class BroaderRulesTest {
  private static Set<Integer> papers(int from, int to) {
    return IntStream.range(from, to).boxed().collect(Collectors.toSet());
  }

  private static Map<String, String> byKey(String... names) {
    Map<String, String> m = new HashMap<>();
    for (String n : names) {
      m.put(ConceptIdentity.compactKey(n), n);
    }
    return m;
  }

  @Test
  void containmentTakesTheLongestTailAConversionTargetAndATransformerAsAModel() {
    Map<String, String> names =
        byKey("reinforcement learning", "video generation", "diffusion model", "generation");
    assertEquals(
        Optional.of("reinforcement learning"),
        BroaderRules.containment("offline reinforcement learning", names));
    assertEquals(
        Optional.of("video generation"),
        BroaderRules.containment("text-to-video generation", names));
    assertEquals(
        Optional.of("diffusion model"), BroaderRules.containment("diffusion transformer", names));
    assertEquals(
        Optional.empty(),
        BroaderRules.containment("reinforcement learning with verifiable reward", names),
        "the head is not the last word");
    assertEquals(Optional.of("generation"), BroaderRules.containment("video generation", names));
    assertEquals(Optional.empty(), BroaderRules.containment("image editing", names));
  }

  @Test
  void subsumptionNeedsAStrongShareOrAConfidentOneOnManyPapers() {
    Map<String, Set<Integer>> papersOf = new HashMap<>();
    papersOf.put("large language model", papers(0, 4000));
    // 56 % of 340 papers: confidently above 0.45
    Set<Integer> grpo = papers(3810, 4150);
    papersOf.put("group relative policy optimization", grpo);
    // 60 % of 5 papers: could be chance
    papersOf.put("causal discovery", Set.of(1, 2, 3, 5001, 5002));
    // 80 % of 5 papers: the classic test
    papersOf.put("prompt injection", Set.of(1, 2, 3, 4, 5003));
    Map<String, List<String>> up = BroaderRules.subsumers(papersOf);
    assertEquals(List.of("large language model"), up.get("group relative policy optimization"));
    assertFalse(up.containsKey("causal discovery"), up.toString());
    assertEquals(List.of("large language model"), up.get("prompt injection"));
    assertFalse(up.containsKey("large language model"), "links go to concepts in more papers");
  }

  @Test
  void wilsonLowerBoundShrinksWithFewPapers() {
    assertTrue(BroaderRules.wilsonLow(190, 340) > 0.5);
    assertTrue(BroaderRules.wilsonLow(3, 5) < 0.3);
    assertEquals(0.0, BroaderRules.wilsonLow(0, 10), 1e-9);
  }

  @Test
  void linksReachFieldsByWordsOfTheConversionTarget() {
    TopicFields fields = TopicFields.load();
    Map<String, Set<Integer>> papersOf = new HashMap<>();
    papersOf.put("video generation", papers(0, 600));
    papersOf.put("text-to-video generation", papers(0, 50));
    Map<String, List<String>> links = new BroaderRules(fields).links(papersOf, Map.of());
    assertEquals(
        List.of("video generation", "computer vision"), links.get("text-to-video generation"));
    assertEquals(List.of("computer vision"), links.get("video generation"));
  }
}
