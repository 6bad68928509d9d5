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

  @Test
  void sharedWordsAloneGiveNoField() {
    // from the abstract of "RealTalk: Real-time and Realistic Audio-driven Face Generation ..."
    // (topics reach computer vision; speech processing judged wrong, 2026-12-04): "audio" six
    // times, "speech" once
    List<String> audio =
        words(
            "Person-generic audio-driven face generation is a challenging task in computer vision."
                + " Previous methods have achieved remarkable progress in audio-visual"
                + " synchronization. We propose a novel generalized audio-driven framework RealTalk,"
                + " which consists of an audio-to-expression transformer and a high-fidelity"
                + " expression-to-face renderer. We effectively align lip movements with audio."
                + " Results demonstrate the clear advantages of our method in terms of lip-speech"
                + " synchronization and generation quality.");
    assertTrue(fields.evidence(audio).get("speech processing") >= TopicFields.STRONG_EVIDENCE);
    assertEquals(List.of(), fields.toAdd(audio, Set.of("face generation", "computer vision"), 2));
    // from the abstract of "Hardware and Software Platform Inference" (no topic reaches a field;
    // software engineering judged wrong): "software" of a software stack, one "compilers"
    List<String> software =
        words(
            "We introduce hardware and software platform inference, a method for identifying the"
                + " underlying architecture and software stack of a black-box machine learning"
                + " model. Our method leverages the inherent differences of various architectures"
                + " and compilers to distinguish between different types and software stacks. We"
                + " identify the underlying software configuration.");
    assertFalse(fields.toAdd(software, Set.of(), 2).contains("software engineering"));
  }

  @Test
  void sharedWordsSupportAFieldItsOwnWordsMark() {
    // from the abstract of "Qwen2.5-Omni Technical Report" (topics reach natural language
    // processing; speech processing judged good): "audio" beside "speech"
    List<String> omni =
        words(
            "We present Qwen2.5-Omni, an end-to-end multimodal model designed to perceive diverse"
                + " modalities, including text, images, audio, and video, while simultaneously"
                + " generating text and natural speech responses. Audio and visual encoders utilize"
                + " a block-wise processing approach. We propose TMRoPE to synchronize the"
                + " timestamps of video inputs with audio. The Talker generates audio tokens;"
                + " audio instructions and speech instruction following match text inputs, and"
                + " streaming speech generation outperforms most alternatives.");
    assertTrue(fields.ownUses(omni).get("speech processing") < TopicFields.STRONG_EVIDENCE);
    assertEquals(
        List.of("speech processing"),
        fields.toAdd(omni, Set.of("large language model", "natural language processing"), 2));
  }

  @Test
  void aPerceptionFieldTheWordsAddMakesTextAModality() {
    // from the abstract of "VCR: Visual Caption Restoration" (no topic reaches a field; natural
    // language processing judged wrong, 2026-12-04): its words give computer vision first
    List<String> vcr =
        words(
            "We introduce Visual Caption Restoration (VCR), a novel vision-language task that"
                + " challenges models to accurately restore partially obscured texts using"
                + " pixel-level hints within images. Text embedded in images is intrinsically"
                + " different from common visual elements and natural language due to the need to"
                + " align the modalities of vision, text, and text embedded in images. Text-based"
                + " processing becomes ineffective in VCR as accurate text restoration depends on"
                + " the combined information from provided images.");
    assertEquals(List.of("computer vision"), fields.toAdd(vcr, Set.of(), 2));
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
