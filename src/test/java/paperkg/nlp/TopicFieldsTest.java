package paperkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The zero-shot field of a paper whose topics reach none. */
class TopicFieldsTest {
  private final TopicFields fields = TopicFields.load();

  private static List<String> words(String text) {
    return CheapTokenizer.words(text);
  }

  @Test
  void aPaperReachingNoFieldGetsTheFieldItsWordsMarkMost() {
    // from the abstract of "Berkeley Humanoid: A Research Platform for Learning-based Control"
    List<String> evidence =
        words(
            "We introduce Berkeley Humanoid, a reliable and low-cost mid-scale humanoid research"
                + " platform for learning-based control. Our lightweight, in-house-built robot"
                + " is designed specifically for learning algorithms with low simulation"
                + " complexity, anthropomorphic motion, and high reliability against falls. The"
                + " robot's narrow sim-to-real gap enables agile and robust locomotion across"
                + " various terrains in outdoor environments, achieved with a simple"
                + " reinforcement learning controller using light domain randomization.");
    assertEquals(List.of("robotics"), fields.toAdd(evidence, Set.of("humanoid"), 2));
    assertEquals(List.of(), fields.toAdd(evidence, Set.of("humanoid robot", "robotics"), 2));
  }

  @Test
  void tooLittleEvidenceAddsNothing() {
    List<String> evidence = words("We study the state of health of lithium-ion batteries.");
    assertEquals(List.of(), fields.toAdd(evidence, Set.of(), 2));
  }

  @Test
  void aFieldReachedElsewhereIsAddedOnStrongEvidenceOfSeveralWords() {
    // from the abstract of "Fish Audio S2 Technical Report" (topics reach computer vision only)
    List<String> speech =
        words(
            "We introduce Fish Audio S2, an open-sourced text-to-speech system featuring multi-speaker,"
                + " multi-turn generation, and instruction-following control via natural-language"
                + " descriptions. The voice cloning and speaker consistency of TTS systems ... streaming"
                + " speech synthesis with low latency; audio quality");
    assertEquals(List.of("speech processing"), fields.toAdd(speech, Set.of("computer vision"), 2));
    assertEquals(List.of(), fields.toAdd(speech, Set.of("computer vision"), 0), "no room");
    // one marking word used five times is not enough
    List<String> policy =
        words(
            "The policy of an organisation: we test policy alignment, policy compliance, policy"
                + " violations and policy documents of companies.");
    assertEquals(List.of(), fields.toAdd(policy, Set.of("large language model", "AI safety"), 2));
  }

  @Test
  void textAndLanguageOfAPerceptionPaperAreAModalityNotStrongEvidenceForNlp() {
    // from the abstract of "Scaling Properties of Text Conditioning in Visual Generation" (topics
    // reach computer vision; judged wrong for natural language processing, 2026-12-04)
    List<String> text =
        words(
            "Scaling Properties of Text Conditioning in Visual Generation. We study empirical"
                + " scaling properties for text conditioning in visual generation. Such properties"
                + " have rarely been measured because diffusion loss does not scale with the number"
                + " of tokens in natural-language prompts. Surprisingly, we find that the converged"
                + " diffusion loss scales with the amount of structured language in the prompt. To"
                + " quantify structured language, we adapt two complementary measures.");
    assertTrue(fields.evidence(text).get("natural language processing") >= 5);
    assertEquals(List.of(), fields.toAdd(text, Set.of("visual generation", "computer vision"), 2));
    // the same words on a paper in no perception field are strong evidence
    assertEquals(
        List.of("natural language processing"),
        fields.toAdd(text, Set.of("scaling law", "machine learning"), 2));
  }

  @Test
  void oneWordSaidOftenIsNoFieldOfAPaperReachingNone() {
    // from the abstract of "PolicyShiftGuard: Benchmarking and Improving Policy-Adaptive Image
    // Guardrails" (no topic reaches a field; reinforcement learning judged wrong, 2026-12-04)
    List<String> policy =
        words(
            "Image guardrails are typically trained and evaluated under a fixed safety policy."
                + " We study policy-adaptive image guardrailing, where a model must decide whether"
                + " an image violates the currently supplied policy and generalize to held-out"
                + " policy definitions. Experiments show that existing VLMs and specialized"
                + " guardrails remain brittle under policy shifts, while PolicyShiftGuard"
                + " substantially improves policy-sensitive performance.");
    assertTrue(fields.evidence(policy).get("reinforcement learning") >= 5);
    assertFalse(fields.toAdd(policy, Set.of(), 2).contains("reinforcement learning"));
  }

  private static Annotated paper(String title, String... abstractSentences) {
    List<Sentence> out = new java.util.ArrayList<>();
    out.add(plain(Annotator.TITLE, title));
    for (int i = 0; i < abstractSentences.length; i++) {
      out.add(plain(i + 1, abstractSentences[i]));
    }
    return new Annotated(paperkg.source.Paper.builder(title).build(), out);
  }

  private static Sentence plain(int index, String text) {
    List<Token> tokens = new java.util.ArrayList<>();
    for (String w : CheapTokenizer.words(text)) {
      tokens.add(new Token(w, w.toLowerCase(), "NN", "O", 0, 0));
    }
    return new Sentence(index, text, 0, text.length(), tokens);
  }

  // from the abstract of "Cross Anything: General Quadruped Robot Navigation through Complex
  // Terrains" (2407.16412), whose topics reach robotics and computer vision
  private static final String[] CROSS_ANYTHING = {
    "The application of vision-language models (VLMs) has achieved impressive success in various"
        + " robotics tasks, but there are few explorations for foundation models used in quadruped"
        + " robot navigation.",
    "We introduce Cross Anything System (CAS), an innovative system composed of a high-level"
        + " reasoning module and a low-level control policy, enabling the robot to navigate across"
        + " complex 3D terrains and reach the goal position.",
    "For low-level locomotion control, we utilize the Probability Annealing Selection (PAS)"
        + " method to train a control policy by reinforcement learning."
  };

  @Test
  void aFieldNamedInFullIsAddedThoughTheTopicsReachAnother() {
    Annotated a =
        paper(
            "Cross Anything: General Quadruped Robot Navigation through Complex Terrains",
            CROSS_ANYTHING);
    Set<String> reached = Set.of("robotics", "computer vision", "vision-language model");
    assertEquals(List.of("reinforcement learning"), fields.named(a, reached, 2));
    assertEquals(List.of(), fields.named(a, reached, 0), "no room");
    assertEquals(
        List.of(),
        fields.named(a, Set.of("robotics", "computer vision", "reinforcement learning"), 2),
        "reached already");
  }

  @Test
  void aFieldNamedOnlyInAnAsideOrWithoutFurtherEvidenceIsNotAdded() {
    // the same sentences with the field named in a contrast: "instead of"
    Annotated aside =
        paper(
            "Cross Anything: General Quadruped Robot Navigation through Complex Terrains",
            CROSS_ANYTHING[0],
            CROSS_ANYTHING[1],
            "For low-level locomotion control, we train a control policy by imitation instead of"
                + " reinforcement learning.");
    assertEquals(List.of(), fields.named(aside, Set.of("robotics"), 2));
    // "computer vision" is one use of the field's words only
    Annotated once =
        paper(
            "Fish Audio S2 Technical Report",
            "We introduce Fish Audio S2, an open-sourced text-to-speech system.",
            "It borrows a tokenizer design from computer vision.");
    assertEquals(List.of(), fields.named(once, Set.of("speech processing"), 2));
  }

  @Test
  void aFullNameIsMatchedAsWholeWordsWithHyphensOrAPlural() {
    assertTrue(TopicFields.fullName("computer vision").matcher("Computer-Vision tasks").find());
    assertTrue(TopicFields.fullName("robotics").matcher("in robotics.").find());
    assertFalse(TopicFields.fullName("robotics").matcher("microrobotics").find());
  }

  @Test
  void theShippedFieldsAreTheDocumentedTopLevel() {
    assertEquals(13, fields.fields().size());
    for (TopicFields.Field f : fields.fields()) {
      assertEquals(false, f.words().isEmpty(), f.name());
    }
  }
}
