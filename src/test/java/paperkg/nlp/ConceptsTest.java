package paperkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import paperkg.source.Paper;

/**
 * Concepts of a paper: generic words from corpus statistics, modifiers stripped, acronyms and long
 * forms merged.
 */
class ConceptsTest {
  /**
   * A tiny corpus: "approach", "novel", "framework" are frequent and not bursty; "agent" is bursty.
   */
  static CorpusStats stats() {
    Map<String, Integer> df = new HashMap<>();
    Map<String, Integer> cf = new HashMap<>();
    word(df, cf, "approach", 300, 360);
    word(df, cf, "novel", 200, 220);
    word(df, cf, "framework", 400, 500);
    word(df, cf, "result", 350, 400);
    word(df, cf, "paper", 250, 260);
    word(df, cf, "large", 400, 500);
    word(df, cf, "language", 450, 700);
    word(df, cf, "model", 900, 3000);
    word(df, cf, "llm", 300, 1000);
    word(df, cf, "agent", 150, 500);
    word(df, cf, "reward", 100, 300);
    word(df, cf, "function", 120, 150);
    df.put("language model", 400);
    df.put("large language model", 350);
    df.put("novel framework", 20);
    df.put("reward function", 30);
    df.put("language model agent", 40);
    df.put("large language model agent", 30);
    return new CorpusStats(1000, df, cf, Map.of("LLM", "large language model"));
  }

  private static void word(
      Map<String, Integer> df, Map<String, Integer> cf, String w, int d, int c) {
    df.put(w, d);
    cf.put(w, c);
  }

  private final Concepts concepts = new Concepts(stats(), KeyphraseModel.heuristic());
  private final GenericWords generic = concepts.genericWords();

  private List<Concept> of(Annotated a) {
    return concepts.of(a, Acronyms.definitions(a.sentences()), Set.of());
  }

  private static Concept named(List<Concept> cs, String name) {
    return cs.stream()
        .filter(c -> c.name.equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not in " + cs));
  }

  @Test
  void genericWordsComeFromCorpusStatistics() {
    assertTrue(generic.isGeneric("approach"));
    assertTrue(generic.isGeneric("result"));
    assertFalse(generic.isGeneric("agent"), "bursty");
    assertFalse(generic.isGeneric("digestive"), "rare");
  }

  @Test
  void leadingGenericAdjectiveGoesUnlessItCollocates() {
    Sentence s = Tokens.sentence(1, "novel/JJ framework/NN large/JJ language/NN model/NN");
    List<Token> t = s.tokens();
    assertEquals(List.of("framework"), Token.words(generic.strip(t.subList(0, 2), s)));
    assertEquals(
        List.of("large", "language", "model"), Token.words(generic.strip(t.subList(2, 5), s)));
  }

  @Test
  void acronymsAndLongFormsAreOneConcept() {
    Sentence title = Tokens.sentence(0, "Agents/NNS for/IN LLMs/NNS");
    Sentence s1 =
        Tokens.sentence(
            1,
            "Large/JJ Language/NNP Models/NNPS (/-LRB- LLMs/NNS )/-RRB- need/VBP a/DT novel/JJ approach/NN ./.");
    Sentence s2 =
        Tokens.sentence(
            2,
            "The/DT LLM/NN uses/VBZ a/DT reward/NN function/NN and/CC agents/NNS ;/: results/NNS improve/VBP ./.");
    Annotated a = new Annotated(Paper.builder("Agents for LLMs").build(), List.of(title, s1, s2));
    List<Concept> cs = of(a);
    Concept llm = named(cs, "large language model");
    assertTrue(
        llm.surfaces.containsAll(List.of("LLMs", "Large Language Models", "LLM")),
        llm.surfaces.toString());
    assertTrue(llm.inTitle);
    assertEquals(4, llm.count); // LLMs in the title, Large Language Models, (LLMs), LLM
    assertTrue(named(cs, "approach").generic);
    assertTrue(named(cs, "result").generic);
    assertFalse(named(cs, "agent").generic);
  }

  @Test
  void anAcronymInsideAPhraseIsSpelledOutForIdentity() {
    Sentence s1 = Tokens.sentence(1, "LLM/NN agents/NNS act/VBP ./.");
    Sentence s2 = Tokens.sentence(2, "large/JJ language/NN model/NN agents/NNS plan/VBP ./.");
    Annotated a = new Annotated(Paper.builder("").build(), List.of(s1, s2));
    List<Concept> cs = of(a);
    Concept agent = named(cs, "LLM agent");
    assertTrue(agent.surfaces.contains("large language model agents"), agent.surfaces.toString());
    assertEquals(2, agent.count);
    // and a paper about LLM agents is about large language models (an embedded mention, twice)
    assertEquals(2, named(cs, "large language model").embedded);
  }

  /**
   * A part of a compound acronym the paper defines as a whole names its long form only when the
   * definition spells it out (the sentences of 2602.05547 and 2409.06957, tagged as CoreNLP does).
   */
  @Test
  void aPartOfADefinedCompoundIsSpelledOutOnlyByItsDefinition() {
    Map<String, String> dictionary =
        Map.of(
            "MT", "machine translation",
            "GRPO", "group relative policy optimization",
            "PPO", "proximal policy optimization");
    Concepts withDictionary =
        new Concepts(
            new CorpusStats(1000, Map.of(), Map.of(), dictionary), KeyphraseModel.heuristic());
    Sentence multiTask =
        Tokens.sentence(
            1,
            "we/PRP propose/VBP a/DT Multi-Task/JJ GRPO/NN (/-LRB- MT-GRPO/NN )/-RRB- algorithm/NN"
                + " ./.");
    Sentence uses = Tokens.sentence(2, "MT-GRPO/NN improves/VBZ worst-task/JJ accuracy/NN ./.");
    Annotated a = new Annotated(Paper.builder("Multi-Task GRPO").build(), List.of(multiTask, uses));
    List<Concept> cs = withDictionary.of(a, Acronyms.definitions(a.sentences()), Set.of());
    assertTrue(cs.stream().noneMatch(c -> c.name.equals("machine translation")), cs.toString());
    assertTrue(cs.stream().anyMatch(c -> c.name.equals("group relative policy optimization")));

    Sentence filtration =
        Tokens.sentence(
            1,
            "resulting/VBG in/IN Policy/NNP Filtration/NNP for/IN Proximal/NNP Policy/NNP"
                + " Optimization/NNP (/-LRB- PF-PPO/NNP )/-RRB- ./.");
    Sentence beats = Tokens.sentence(2, "PF-PPO/NNP variants/NNS outperform/VBP others/NNS ./.");
    Annotated b = new Annotated(Paper.builder("").build(), List.of(filtration, beats));
    List<Concept> pf = withDictionary.of(b, Acronyms.definitions(b.sentences()), Set.of());
    assertTrue(
        pf.stream().anyMatch(c -> c.name.equals("proximal policy optimization")), pf.toString());
  }

  @Test
  void aKeyphraseIsWrittenWithoutTheDroppedModifierWhenThePaperWritesItSo() {
    Sentence s1 = Tokens.sentence(1, "a/DT novel/JJ framework/NN is/VBZ proposed/VBN ./.");
    Sentence s2 = Tokens.sentence(2, "the/DT framework/NN works/VBZ ./.");
    List<Concept> both = of(new Annotated(Paper.builder("").build(), List.of(s1, s2)));
    assertEquals("framework", named(both, "framework").surface());
    // written only with the modifier, it is shown as written
    List<Concept> one = of(new Annotated(Paper.builder("").build(), List.of(s1)));
    assertEquals("novel framework", named(one, "framework").surface());
  }

  /**
   * Document frequencies of the corpus (9,868 papers) for words and pairs of coordinated phrases.
   */
  private static Concepts compounds() {
    Map<String, Integer> df = new HashMap<>();
    Map<String, Integer> cf = new HashMap<>();
    word(df, cf, "large", 4247, 5476);
    word(df, cf, "language", 4652, 7857);
    word(df, cf, "vision", 745, 1160);
    word(df, cf, "model", 8790, 29557);
    word(df, cf, "video", 1827, 7778);
    word(df, cf, "editing", 516, 1623);
    word(df, cf, "diffusion", 1467, 3506);
    word(df, cf, "math", 299, 432);
    word(df, cf, "code", 2827, 3969);
    word(df, cf, "reasoning", 3013, 9847);
    df.put("large language", 3308);
    df.put("large language model", 3284);
    df.put("language model", 4022);
    df.put("vision model", 61);
    df.put("large vision model", 6);
    df.put("video editing", 66);
    df.put("editing model", 58);
    df.put("video diffusion", 276);
    df.put("diffusion model", 917);
    df.put("math reasoning", 55);
    df.put("code reasoning", 19);
    df.put("vision language model", 113);
    return new Concepts(new CorpusStats(9868, df, cf, Map.of()), KeyphraseModel.heuristic());
  }

  private static List<Concept> compounds(Sentence... sentences) {
    Annotated a = new Annotated(Paper.builder("").build(), List.of(sentences));
    return compounds().of(a, Acronyms.definitions(a.sentences()), Set.of());
  }

  private static Concept keyed(List<Concept> cs, String name) {
    String key = ConceptIdentity.key(name);
    return cs.stream()
        .filter(c -> c.key.equals(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not in " + cs));
  }

  private static Concept surfaced(List<Concept> cs, String surface) {
    return cs.stream()
        .filter(c -> c.surfaces.contains(surface))
        .findFirst()
        .orElseThrow(() -> new AssertionError(surface + " not in " + cs));
  }

  @Test
  void conjunctsSharingAHeadAreNoWholeMentionsOfTheirPieces() {
    // TroL (2406.12246): the models are large language models and large vision models
    Sentence trol =
        Tokens.sentence(
            Annotator.TITLE,
            "TroL/NN :/: Traversal/NNP of/IN Layers/NNP for/IN Large/JJ Language/NNP and/CC"
                + " Vision/NNP Models/NNPS");
    List<Concept> cs = compounds(trol);
    Concept vision = surfaced(cs, "Vision Models");
    assertTrue(vision.mentionSentences.isEmpty(), vision.mentionSentences.toString());
    assertEquals(1, vision.count); // still a keyphrase candidate
    assertEquals(Set.of(ConceptIdentity.key("large vision model")), vision.unstripped.keySet());
    // the first conjunct mentions the phrase with the head: the topic selector gives its mention
    // to that phrase where it is an entry
    Concept large = keyed(cs, "large language");
    assertTrue(
        large.unstripped.containsKey(ConceptIdentity.key("large language model")),
        large.unstripped.toString());
  }

  @Test
  void aOneWordConjunctLeavesTheSecondWholeAndTakesTheHead() {
    // AceReason-Nemotron (2505.16400): math reasoning and code reasoning
    Sentence title =
        Tokens.sentence(
            Annotator.TITLE,
            "AceReason-Nemotron/NNP :/: Advancing/VBG Math/NNP and/CC Code/NNP Reasoning/NN"
                + " through/IN Reinforcement/NN Learning/NN");
    List<Concept> cs = compounds(title);
    Concept code = surfaced(cs, "Code Reasoning");
    assertEquals(List.of(title), code.unstripped.get(ConceptIdentity.key("code reasoning")));
    Concept math = keyed(cs, "math");
    assertEquals(List.of(title), math.unstripped.get(ConceptIdentity.key("math reasoning")));
  }

  @Test
  void aTailCutOutOfACompoundIsNoMentionForTopics() {
    // CoVEBench (2606.08415): video editing models, not editing models of any kind
    Sentence title =
        Tokens.sentence(
            Annotator.TITLE,
            "CoVEBench/NNP :/: Can/MD Video/NNP Editing/NNP Models/NNPS Handle/VB Complex/NN"
                + " Instructions/NNS ?/.");
    // 2605.22718: autoregressive video diffusion models are diffusion models
    Sentence s1 =
        Tokens.sentence(
            1,
            "Autoregressive/JJ video/NN diffusion/NN models/NNS have/VBP enabled/VBN real-time/NN"
                + " ,/, action-conditioned/VBN world/NN generation/NN ./.");
    List<Concept> cs = compounds(title, s1);
    Concept editing = keyed(cs, "editing model");
    assertEquals(1, editing.tailCount); // the keyphrase ranker still sees it
    assertTrue(editing.tails.isEmpty(), editing.tails.toString());
    assertEquals(1, keyed(cs, "diffusion model").tails.size());
  }

  @Test
  void aOneWordConjunctThatFormsACompoundWithTheSecondNamesTheCompound() {
    // Visual Riddles (2407.19474): vision and language models are vision-language models
    Sentence s4 =
        Tokens.sentence(
            4,
            "To/TO study/VB these/DT skills/NNS ,/, we/PRP present/VBP Visual/JJ Riddles/NNS ,/, a/DT"
                + " benchmark/NN aimed/VBN to/TO test/VB vision/NN and/CC language/NN models/NNS"
                + " on/IN visual/JJ riddles/NNS ./.");
    List<Concept> cs = compounds(s4);
    String vlm = ConceptIdentity.key("vision-language model");
    assertEquals(List.of(s4), keyed(cs, "vision").unstripped.get(vlm));
    Concept lm = surfaced(cs, "language models");
    assertEquals(List.of(s4), lm.unstripped.get(vlm));
  }
}
