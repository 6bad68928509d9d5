package paperkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cases issue 11 names, on the real abstracts they come from
 * (src/test/resources/paperkg/nlp/SOURCE.txt), through the real CoreNLP pipeline.
 */
class EntitiesIT {
  private static final Map<String, Extraction> BY_ID = new HashMap<>();

  @BeforeAll
  static void extract() throws Exception {
    BY_ID.putAll(SharedAnnotator.extractAll("/paperkg/nlp/entity-abstracts.jsonl"));
    assertEquals(11, BY_ID.size());
  }

  private static Set<String> mentions(String id) {
    return BY_ID.get(id).organisations().stream()
        .filter(o -> o.relation() == OrgMention.Relation.MENTIONS)
        .map(OrgMention::name)
        .collect(Collectors.toSet());
  }

  private static Map<String, MethodMention> methods(String id, MethodMention.Relation r) {
    return BY_ID.get(id).methods().stream()
        .filter(m -> m.relation() == r)
        .collect(Collectors.toMap(MethodMention::name, m -> m));
  }

  @Test
  void kimiLinearProposesItsArchitectureAndKdaNotVllm() {
    Map<String, MethodMention> proposed = methods("2510.26692", MethodMention.Relation.PROPOSES);
    assertTrue(proposed.containsKey("Kimi Linear"), proposed.keySet().toString());
    // still missed: "At its core lies Kimi Delta Attention (KDA)" (KDA is in the corpus acronym
    // dictionary)
    assertFalse(proposed.containsKey("vLLM"), proposed.keySet().toString());
  }

  @Test
  void kimiVlProposesItsModelsAndUsesItsBenchmarks() {
    Map<String, MethodMention> proposed = methods("2504.07491", MethodMention.Relation.PROPOSES);
    assertTrue(
        proposed.keySet().containsAll(List.of("Kimi-VL", "Kimi-VL-Thinking", "MoonViT")),
        proposed.keySet().toString());
    Map<String, MethodMention> used = methods("2504.07491", MethodMention.Relation.USES);
    assertTrue(
        used.keySet()
            .containsAll(
                List.of("OSWorld", "LongVideoBench", "MathVista", "GPT-4o", "GPT-4o-mini")),
        used.keySet().toString());
    // "… in its language decoder (Kimi-VL-A3B)": a name derived from the paper's own
    assertTrue(proposed.containsKey("Kimi-VL-A3B"), proposed.keySet().toString());
    assertTrue(
        mentions("2504.07491").isEmpty(),
        "LongVideoBench is no organisation: " + mentions("2504.07491"));
  }

  @Test
  void hardwareModifiersNameTheirMaker() {
    assertEquals(Set.of("NVIDIA"), mentions("2608.11745"));
    Map<String, MethodMention> proposed = methods("2608.11745", MethodMention.Relation.PROPOSES);
    assertTrue(proposed.containsKey("LiveAnimate"), proposed.keySet().toString());
    assertTrue(
        proposed.containsKey("Pose-Retrieval Sink Attention (PR-Sink)"),
        proposed.keySet().toString());
  }

  @Test
  void hardwareAndConceptTailsAreNotUsedNames() {
    // "on NVIDIA H100 GPUs", "KV-cache": hardware and a concept, not models the paper uses
    Map<String, MethodMention> used = methods("2608.11745", MethodMention.Relation.USES);
    assertTrue(
        used.keySet().stream().noneMatch(n -> n.contains("H100") || n.equals("KV-cache")),
        used.keySet().toString());
  }

  @Test
  void anExistingMethodDefinedInTheAuthorsSentenceIsUsedNotProposed() {
    // "Our approach integrates these representations within the Model-Agnostic Meta-Learning
    // (MAML) framework", "using Few Shot Learning (FSL)"
    Map<String, MethodMention> proposed = methods("2412.01408", MethodMention.Relation.PROPOSES);
    assertTrue(proposed.isEmpty(), proposed.keySet().toString());
    assertTrue(
        methods("2412.01408", MethodMention.Relation.USES).keySet().stream()
            .anyMatch(n -> n.contains("MAML")));
  }

  @Test
  void lowerCaseNamesWithNumbersBesideTheTitleName() {
    // "any4: Learned 4-bit …", "We also experiment with any3 and any2"
    assertProposes("2507.04610", "any4", "any3", "any2");
  }

  @Test
  void namesOpeningTheItemsOfAnAnnouncedListAndTheirVariants() {
    // "At its core are two innovative models: SenseVoice, which …; and CosyVoice, which …",
    // "SenseVoice-Small delivers …"
    assertProposes("2407.04051", "SenseVoice", "CosyVoice", "SenseVoice-Small", "SenseVoice-Large");
  }

  @Test
  void whatTheOwnMethodProducesAndOurNewlyIntroducedName() {
    // "We apply FlashVDM to Hunyuan3D-2 to obtain Hunyuan3D-2 Turbo", "our newly introduced
    // Progressive Flow Distillation"
    Map<String, MethodMention> proposed =
        assertProposes(
            "2503.16302", "FlashVDM", "Hunyuan3D-2 Turbo", "Progressive Flow Distillation");
    assertFalse(proposed.containsKey("Hunyuan3D-2"), proposed.keySet().toString());
  }

  /** The paper proposes at least these names; returns all it proposes. */
  private static Map<String, MethodMention> assertProposes(String id, String... names) {
    Map<String, MethodMention> proposed = methods(id, MethodMention.Relation.PROPOSES);
    assertTrue(proposed.keySet().containsAll(List.of(names)), proposed.keySet().toString());
    return proposed;
  }

  @Test
  void quantumHardwareMakersButNotKolmogorovArnoldNetwork() {
    Set<String> orgs = mentions("2605.06734");
    assertTrue(orgs.contains("IBM"), orgs.toString());
    assertTrue(orgs.stream().noneMatch(o -> o.contains("Kolmogorov")), orgs.toString());
  }

  @Test
  void pearsonCorrelationAndPascalVocAreNotOrganisations() {
    assertEquals(Set.of(), mentions("2410.14059"));
    assertEquals(Set.of(), mentions("2411.02844"));
    assertTrue(methods("2411.02844", MethodMention.Relation.USES).containsKey("COCO"));
  }

  @Test
  void legalSuffixesResolveToOneOrganisation() {
    Set<String> orgs = mentions("2502.18858");
    assertEquals(1, orgs.size(), orgs.toString());
    assertEquals(OrgNames.key("Apple"), OrgNames.key(orgs.iterator().next()));
  }
}
