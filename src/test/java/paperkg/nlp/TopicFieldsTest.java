package paperkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
  void theShippedFieldsAreTheDocumentedTopLevel() {
    assertEquals(13, fields.fields().size());
    for (TopicFields.Field f : fields.fields()) {
      assertEquals(false, f.words().isEmpty(), f.name());
    }
  }
}
