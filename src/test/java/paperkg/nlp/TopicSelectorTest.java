package paperkg.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import paperkg.source.Paper;

/** The passing-mention test of {@link TopicSelector}, on sentences of real corpus abstracts. */
class TopicSelectorTest {
  private static Sentence sentence(int index, String text) {
    return new Sentence(index, text, 0, text.length(), List.of());
  }

  // SpeakerVid-5M: supervised fine-tuning is named once, in the fifth sentence of the abstract
  private static final Sentence LATE =
      sentence(
          5,
          "Second, it is stratified into a large-scale pre-training subset and a curated,"
              + " high-quality subset for Supervised Fine-Tuning (SFT).");

  @Test
  void oneLateSentenceIsAPassingMentionHoweverOftenItNamesTheConcept() {
    assertTrue(TopicSelector.passing(List.of(LATE)));
    assertTrue(TopicSelector.passing(List.of(LATE, LATE))); // "Supervised Fine-Tuning (SFT)"
  }

  @Test
  void theTitleAnOpeningSentenceOrASecondSentenceMakeItMoreThanPassing() {
    assertFalse(TopicSelector.passing(List.of(sentence(Annotator.TITLE, "SFT for X"), LATE)));
    assertFalse(TopicSelector.passing(List.of(sentence(TopicSelector.EARLY, "We study SFT."))));
    assertFalse(TopicSelector.passing(List.of(LATE, sentence(7, "SFT helps."))));
  }

  @Test
  void theTitleKeyFindsAnEntryInsideALongerTitleName() {
    String title = "Confucius Code Agent: An Open-sourced AI Software Engineer at Industrial Scale";
    Annotated a =
        new Annotated(Paper.builder(title).build(), List.of(sentence(Annotator.TITLE, title)));
    String key = TopicSelector.titleKey(a);
    assertTrue(key.contains(" " + ConceptIdentity.key("code agents") + " "), key);
    assertFalse(key.contains(" " + ConceptIdentity.key("software agent") + " "), key);
  }

  private static final TopicVocabulary VOCABULARY = TopicVocabulary.load();

  private static Sentence words(int index, String text) {
    List<Token> tokens = new java.util.ArrayList<>();
    for (String w : CheapTokenizer.words(text)) {
      tokens.add(new Token(w, w.toLowerCase(), "NN", "O", 0, 0));
    }
    return new Sentence(index, text, 0, text.length(), tokens);
  }

  private static Concept concept(String name, Sentence... sentences) {
    Concept c = new Concept(ConceptIdentity.compactKey(name));
    c.name = name;
    c.surfaces.add(name);
    c.mentionSentences.addAll(List.of(sentences));
    return c;
  }

  private static List<String> topics(List<Sentence> sentences, Concept... concepts) {
    Annotated a = new Annotated(paperkg.source.Paper.builder("t").build(), sentences);
    return new TopicSelector(VOCABULARY, null)
        .select(a, List.of(concepts)).stream().map(TopicMention::name).toList();
  }

  // "Benchmarking Mental State Representations in Language Models" (2406.17513)
  private static final Sentence MENTAL_TITLE =
      words(Annotator.TITLE, "Benchmarking Mental State Representations in Language Models");
  private static final Sentence MENTAL_1 =
      words(
          1,
          "While numerous works have assessed the generative performance of language models (LMs)"
              + " on tasks requiring Theory of Mind reasoning, research into the models' internal"
              + " representation of mental states remains limited.");
  private static final Sentence MENTAL_PROMPT =
      words(
          6,
          "We are the first to study how prompt variations impact probing performance on theory"
              + " of mind tasks.");

  /** The topics of the Mental State paper's title, opening and prompting sentences. */
  private static List<String> prompted(Concept... concepts) {
    return topics(List.of(MENTAL_TITLE, MENTAL_1, MENTAL_PROMPT), concepts);
  }

  @Test
  void aLanguageModelPaperThatPromptsItIsALargeLanguageModelPaper() {
    List<String> prompted = prompted(concept("language model", MENTAL_TITLE, MENTAL_1));
    assertTrue(prompted.contains("large language model"), prompted.toString());
    List<String> unprompted =
        topics(List.of(MENTAL_TITLE, MENTAL_1), concept("language model", MENTAL_TITLE, MENTAL_1));
    assertFalse(unprompted.contains("large language model"), unprompted.toString());
    // a topic that leads to "language model" will do: "reasoning model"
    List<String> reasoning = prompted(concept("reasoning model", MENTAL_TITLE, MENTAL_1));
    assertTrue(reasoning.contains("large language model"), reasoning.toString());
    // a paper whose topics reach another field: its language model is part of a larger system
    List<String> vision =
        prompted(
            concept("language model", MENTAL_TITLE, MENTAL_1),
            concept("image generation", MENTAL_TITLE, MENTAL_1));
    assertFalse(vision.contains("large language model"), vision.toString());
  }

  @Test
  void anAreaNamedOnlyInAnAsideIsATopicWhenTheTopicsLeadToIt() {
    // "Inspired by the in-context learning mechanism of large language models (LLMs), ..." on a
    // test-time scaling paper (whose topic reaches "language model") and on an image paper
    Sentence aside =
        words(
            2,
            "Inspired by the in-context learning mechanism of large language models (LLMs), we"
                + " study how the reasoning of models can be elicited.");
    Sentence cot = words(1, "We study test-time scaling for mathematical problems.");
    Sentence image = words(1, "We study image generation with diffusion models.");
    Concept llm = concept("large language model", aside);
    List<String> text = topics(List.of(cot, aside), concept("test-time scaling", cot, cot), llm);
    assertTrue(text.contains("large language model"), text.toString());
    List<String> vision =
        topics(List.of(image, aside), concept("image generation", image, image), llm);
    assertFalse(vision.contains("large language model"), vision.toString());
  }
}
