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

  /** A sentence from "Word/TAG" pairs, with CoreNLP's tags for the title as the cache has them. */
  private static Sentence tagged(int index, String pairs) {
    List<Token> tokens = new java.util.ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String pair : pairs.split(" ")) {
      int slash = pair.lastIndexOf('/');
      String w = pair.substring(0, slash);
      tokens.add(new Token(w, w.toLowerCase(), pair.substring(slash + 1), "O", 0, 0));
      text.append(text.length() == 0 ? "" : " ").append(w);
    }
    return new Sentence(index, text.toString(), 0, text.length(), tokens);
  }

  // "Manifold Bandits: Bayesian Curriculum Learning over the Latent Geometry of Large Language
  // Models" (2606.19750): the noun-phrase step sees "Bayesian Curriculum Learning" whole, and the
  // abstract names curriculum learning only as prior work ("Existing adaptive curriculum ...")
  private static final Sentence BANDITS_TITLE =
      tagged(
          Annotator.TITLE,
          "Manifold/NNP Bandits/NNPS :/: Bayesian/JJ Curriculum/NN Learning/VBG over/IN the/DT"
              + " Latent/JJ Geometry/NN of/IN Large/JJ Language/NNP Models/NNPS");
  private static final Sentence BANDITS_1 =
      words(
          1,
          "Reinforcement learning (RL) is a central approach for improving reasoning capabilities"
              + " in large language models (LLMs), where training efficiency depends critically on"
              + " how problems are sampled during optimization.");
  private static final Sentence BANDITS_2 =
      words(
          2,
          "Existing adaptive curriculum learning methods typically prioritize prompts of"
              + " intermediate difficulty.");

  @Test
  void aPaperWhoseTopicsAreAllAreasGetsTheSpecificEntryItsTitleHeads() {
    List<String> topics =
        topics(
            List.of(BANDITS_TITLE, BANDITS_1, BANDITS_2),
            concept("large language model", BANDITS_TITLE, BANDITS_1),
            concept("curriculum learning", BANDITS_2));
    assertTrue(topics.contains("large language model"), topics.toString());
    assertTrue(topics.contains("curriculum learning"), topics.toString());
    // "Geometry" and "Models" head phrases too, but no small entry: "latent geometry" is none
    assertTrue(topics.size() == 2, topics.toString());
    // a topic named by fewer than HEAD_PAPERS corpus papers ("open-source toolkit", 8) is no
    // established one: the title's head still comes
    List<String> rare =
        topics(
            List.of(BANDITS_TITLE, BANDITS_1, BANDITS_2),
            concept("large language model", BANDITS_TITLE, BANDITS_1),
            concept("open-source toolkit", BANDITS_1, BANDITS_1));
    assertTrue(rare.contains("curriculum learning"), rare.toString());
  }

  @Test
  void aTitlePhraseThatStartsInsideAnAreaNameIsNoHead() {
    // "A Sober Look at Progress in Language Model Reasoning: ..." (2504.07086): "model reasoning"
    // is an entry, but here a cut of "language model" + "reasoning"
    Sentence title =
        tagged(
            Annotator.TITLE,
            "A/DT Sober/NNP Look/VB at/IN Progress/NNP in/IN Language/NNP Model/NNP Reasoning/NN"
                + " :/: Pitfalls/NNPS and/CC Paths/NNPS to/TO Reproducibility/NNP");
    Sentence first =
        words(1, "Reasoning has emerged as the next major frontier for language models (LMs).");
    List<String> topics = topics(List.of(title, first), concept("language model", title, first));
    assertFalse(topics.contains("model reasoning"), topics.toString());
    // a modifier is no head: "Large" of "Large Language Models", "3D Object" of "3D Object ..."
    Sentence modifier =
        tagged(Annotator.TITLE, "Scaling/VBG 3D/NN Object/NN Generation/NN Models/NNS");
    assertFalse(
        topics(List.of(modifier, first), concept("language model", first)).contains("3D object"));
  }

  @Test
  void anAreaNamedOnceFromAnotherMediumThanTheTopicsIsNoTopic() {
    // "JAM: A Tiny Flow-based Song Generator ..." (2507.20880): diffusion models (computer vision)
    // are the motivation of a song generator (speech processing)
    Sentence first =
        words(
            1,
            "Diffusion and flow-matching models have revolutionized automatic text-to-audio"
                + " generation in recent times.");
    Sentence songs =
        words(
            4,
            "Recent open lyrics-to-song models, such as, DiffRhythm, ACE-Step, and LeVo, have set"
                + " an acceptable standard in automatic song generation for recreational use.");
    Sentence ours =
        words(
            6,
            "To the best of our knowledge, our flow-matching-based JAM is the first effort toward"
                + " endowing word-level timing and duration control in song generation.");
    Concept diffusion = concept("diffusion model", first);
    List<String> song =
        topics(List.of(first, songs, ours), diffusion, concept("song generation", songs, ours));
    assertTrue(song.contains("song generation"), song.toString());
    assertFalse(song.contains("diffusion model"), song.toString());
    // on an image paper the same sentence makes diffusion models a topic
    Sentence image = words(2, "We study image generation at high resolution.");
    List<String> picture =
        topics(
            List.of(first, image, image),
            diffusion,
            concept("image generation", image, words(3, "Image generation is hard.")));
    assertTrue(picture.contains("diffusion model"), picture.toString());
  }

  // "Unified Personalized Reward Model for Vision Generation" (2602.02380): VLMs are the judges of
  // prior work and the teacher its SFT stage distils from
  private static final Sentence REWARD_TITLE =
      Tokens.sentence(
          Annotator.TITLE,
          "Unified/JJ Personalized/JJ Reward/NN Model/NN for/IN Vision/NNP Generation/NNP");
  private static final Sentence REWARD_2 =
      Tokens.sentence(
          2,
          "Existing/VBG frameworks/NNS typically/RB adopt/VBP Bradley-Terry-style/JJ preference/NN"
              + " modeling/NN or/CC leverage/NN generative/NN VLMs/NNS as/IN judges/NNS ./.");
  private static final Sentence REWARD_7 =
      Tokens.sentence(
          7,
          "(/-LRB- 1/LS )/-RRB- we/PRP first/RB distill/VB structured/VBN ,/, high-quality/NN"
              + " reasoning/NN traces/NNS from/IN advanced/JJ closed-source/JJ VLMs/NNS to/IN"
              + " bootstrap/NN SFT/NN ./.");

  @Test
  void anAreaThePaperOnlyUsesIsNoTopic() {
    Concept reward = concept("reward model", REWARD_TITLE, REWARD_7);
    Concept vlm = concept("vision-language model", REWARD_2, REWARD_7);
    vlm.surfaces.add("VLMs");
    List<Sentence> abstract_ = List.of(REWARD_TITLE, REWARD_2, REWARD_7);
    List<String> used = topics(abstract_, reward, vlm);
    assertTrue(used.contains("reward model"), used.toString());
    assertFalse(used.contains("vision-language model"), used.toString());
    // a paper that trains VLMs works on them
    Sentence train =
        Tokens.sentence(8, "We/PRP train/VBP VLMs/NNS with/IN the/DT reward/NN model/NN ./.");
    Concept trained = concept("vision-language model", REWARD_2, REWARD_7, train);
    trained.surfaces.add("VLMs");
    List<String> works = topics(List.of(REWARD_TITLE, REWARD_2, REWARD_7, train), reward, trained);
    assertTrue(works.contains("vision-language model"), works.toString());
  }
}
