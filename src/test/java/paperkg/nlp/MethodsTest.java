package paperkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import paperkg.source.Paper;

class MethodsTest {
  private final Methods methods = new Methods(ConceptsTest.stats(), ModelFamilies.load());

  private final ModelFamilies families = ModelFamilies.load();

  private Map<String, MethodMention> find(Sentence... sentences) {
    Annotated a = new Annotated(Paper.builder(sentences[0].text()).build(), List.of(sentences));
    return methods.find(PaperContext.of(a)).stream()
        .collect(Collectors.toMap(MethodMention::name, m -> m));
  }

  @Test
  void titlePrefixAndProposingVerbs() {
    Map<String, MethodMention> m =
        find(
            Tokens.sentence(0, "WeDesign/NNP :/: Generative/JJ AI/NNP Consultations/NNS"),
            Tokens.sentence(
                1,
                "we/PRP introduce/VBP MedAgent/NNP ,/, a/DT novel/JJ framework/NN for/IN"
                    + " conversations/NNS ./."),
            Tokens.sentence(
                2,
                "We/PRP introduce/VBP Simplified/NNP Digestive/NNP Cancer/NNP (/-LRB- SimpleDC/NNP"
                    + " )/-RRB- ,/, a/DT parallel/JJ corpus/NN ./."));
    assertEquals(MethodMention.Relation.PROPOSES, m.get("WeDesign").relation());
    assertEquals("method", m.get("MedAgent").kind());
    MethodMention simple = m.get("Simplified Digestive Cancer (SimpleDC)");
    assertEquals(MethodMention.Relation.PROPOSES, simple.relation(), m.toString());
    assertEquals("dataset", simple.kind());
    assertEquals(3, m.size(), m.toString());
  }

  @Test
  void modelFamiliesWithVersionsAreUsed() {
    Map<String, MethodMention> m =
        find(
            Tokens.sentence(0, "Simplification/NN"),
            Tokens.sentence(
                1,
                "Our/PRP$ experiments/NNS use/VBP Llama/NNP 2/CD and/CC GPT-4/NNP and/CC"
                    + " Mistral/NNP Nemo/NNP 12B/NN on/IN the/DT Med-EASi/NNP corpus/NN ./."));
    assertEquals("model", m.get("Llama 2").kind());
    assertEquals(MethodMention.Relation.USES, m.get("GPT-4").relation());
    assertTrue(m.containsKey("Mistral Nemo 12B"), m.keySet().toString());
    assertEquals("dataset", m.get("Med-EASi").kind());
  }

  @Test
  void conceptAcronymsDerivationsAndPassivesAreNotMethods() {
    Map<String, MethodMention> m =
        find(
            Tokens.sentence(0, "Study/NN"),
            Tokens.sentence(1, "We/PRP propose/VBP an/DT LLM-driven/JJ methodology/NN ./."),
            Tokens.sentence(
                2,
                "the/DT law/NN proposed/VBN by/IN OpenAI/NNP holds/VBZ for/IN 7B/CD models/NNS ./."));
    assertFalse(m.containsKey("LLM-driven"));
    assertFalse(m.containsKey("OpenAI"));
    assertFalse(m.containsKey("7B"));
    assertTrue(m.isEmpty(), m.toString());
  }

  @Test
  void whatEarlierWorkIntroducedIsUsedNotProposed() {
    // issue 11: a paper that reproduces "Piatti et al., who introduced GovSim" did not propose
    // GovSim
    Map<String, MethodMention> m =
        find(
            Tokens.sentence(0, "Reproducing/VBG cooperation/NN"),
            Tokens.sentence(
                1,
                "We/PRP replicate/VBP the/DT study/NN of/IN Piatti/NNP et/FW al./FW ,/, who/WP"
                    + " introduced/VBD GovSim/NNP ,/, a/DT simulation/NN framework/NN ./."));
    assertEquals(MethodMention.Relation.USES, m.get("GovSim").relation(), m.toString());
  }

  @Test
  void listsTitleCaseNamesAndDefinedAcronymsAfterProposingVerbs() {
    Map<String, MethodMention> m =
        find(
            Tokens.sentence(0, "Report/NN"),
            Tokens.sentence(
                1, "We/PRP present/VBP Kimi-VL/NNP and/CC MoonViT/NNP ,/, two/CD models/NNS ./."),
            Tokens.sentence(2, "We/PRP propose/VBP Progressive/NNP Flow/NNP Distillation/NNP ./."),
            Tokens.sentence(
                3,
                "we/PRP propose/VBP Chain/NNP of/IN Mindset/NNP (/-LRB- CoM/NNP )/-RRB- ,/, a/DT"
                    + " framework/NN ./."));
    for (String name :
        List.of("Kimi-VL", "MoonViT", "Progressive Flow Distillation", "Chain of Mindset (CoM)")) {
      assertEquals(MethodMention.Relation.PROPOSES, m.get(name).relation(), name + " in " + m);
    }
    assertFalse(m.containsKey("CoM"), "one mention for the name and its acronym: " + m);
  }

  @Test
  void kindFromTheNameItself() {
    // issue 11: TrialInstruct and ThinkPatterns-21k are datasets, CalcQA a benchmark
    assertEquals("dataset", MethodKinds.of("TrialInstruct", null));
    assertEquals("dataset", MethodKinds.of("ThinkPatterns-21k", "method"));
    assertEquals("benchmark", MethodKinds.of("CalcQA", "method"));
    assertEquals("model", MethodKinds.of("Qwen2.5-72B-Instruct", "model"));
    assertEquals("method", MethodKinds.of("MedAgent", null));
  }

  @Test
  void familyPrefixes() {
    assertTrue(families.startsName("GPT-4o-mini"));
    assertTrue(families.startsName("Qwen2.5-7B"));
    assertTrue(families.startsName("LLaMA"));
    assertFalse(families.startsName("Physics"));
    assertFalse(families.startsName("gpt"));
  }

  @Test
  void dimensionsAndCountsAreNotNamesAndSuffixesSetTheKind() {
    // from corpus abstracts (hand check of 2026-11-26): "3D" was a dataset, "28LLMs" a benchmark
    Map<String, MethodMention> m =
        find(
            Tokens.sentence(0, "Generation/NN"),
            Tokens.sentence(
                1,
                "We/PRP benchmark/VBP 28LLMs/NNS on/IN the/DT 3D/NNP dataset/NN and/CC the/DT"
                    + " WebGen-Bench/NNP dataset/NN with/IN the/DT HPS-score/NNP metric/NN ./."));
    assertFalse(m.containsKey("28LLMs"), m.toString());
    assertFalse(m.containsKey("3D"), m.toString());
    assertEquals("benchmark", m.get("WebGen-Bench").kind(), m.toString());
    assertEquals("metric", m.get("HPS-score").kind(), m.toString());
  }

  @Test
  void introducingTitlesAndPassiveProposals() {
    // examples/ listing: "Introducing L2M3, A Multilingual Medical Large Language Model …",
    // "Transformers as Treatment Effect Estimators (TransTEE) is proposed."
    Map<String, MethodMention> m =
        find(
            Tokens.sentence(
                0, "Introducing/VBG L2M3/NNP ,/, A/DT Multilingual/JJ Medical/JJ Model/NN"),
            Tokens.sentence(
                1,
                "Transformers/NNPS as/IN Treatment/NNP Effect/NNP Estimators/NNPS (/-LRB-"
                    + " TransTEE/NNP )/-RRB- is/VBZ proposed/VBN ./."),
            Tokens.sentence(
                2, "GovSim/NNP is/VBZ introduced/VBN by/IN Piatti/NNP et/FW al./FW ./."));
    assertEquals(MethodMention.Relation.PROPOSES, m.get("L2M3").relation(), m.toString());
    assertEquals(
        MethodMention.Relation.PROPOSES,
        m.get("Transformers as Treatment Effect Estimators (TransTEE)").relation(),
        m.toString());
    assertEquals(MethodMention.Relation.USES, m.get("GovSim").relation(), m.toString());
  }

  @Test
  void aFrontedPhraseAndACapitalisedNamedAreNoCues() {
    // 60 random corpus papers: "By integrating camera conditions into RoPE, our method
    // generalizes …", "the WikiNER corpus, a multilingual Named Entity Recognition corpus"
    Map<String, MethodMention> m =
        find(
            Tokens.sentence(0, "Retakes/NNS"),
            Tokens.sentence(
                1,
                "By/IN integrating/VBG camera/NN conditions/NNS into/IN RoPE/NNP ,/, our/PRP$"
                    + " method/NN generalizes/VBZ ./."),
            Tokens.sentence(
                2,
                "We/PRP address/VBP the/DT WikiNER/NNP corpus/NN ,/, a/DT multilingual/JJ"
                    + " Named/VBN Entity/NNP Recognition/NNP corpus/NN ./."));
    assertEquals(MethodMention.Relation.USES, m.get("RoPE").relation(), m.toString());
    assertFalse(m.containsKey("Entity Recognition"), m.toString());
  }
}
