package paperkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
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
    Map<String, Integer> evidence =
        fields.evidence(
            words(
                "We introduce Berkeley Humanoid, a reliable and low-cost mid-scale humanoid research"
                    + " platform for learning-based control. Our lightweight, in-house-built robot"
                    + " is designed specifically for learning algorithms with low simulation"
                    + " complexity, anthropomorphic motion, and high reliability against falls. The"
                    + " robot's narrow sim-to-real gap enables agile and robust locomotion across"
                    + " various terrains in outdoor environments, achieved with a simple"
                    + " reinforcement learning controller using light domain randomization."));
    assertEquals(List.of("robotics"), fields.toAdd(evidence, Set.of("humanoid")));
    assertEquals(List.of(), fields.toAdd(evidence, Set.of("humanoid robot", "robotics")));
  }

  @Test
  void tooLittleEvidenceAddsNothing() {
    Map<String, Integer> evidence =
        fields.evidence(words("We study the state of health of lithium-ion batteries."));
    assertEquals(List.of(), fields.toAdd(evidence, Set.of()));
  }

  @Test
  void theShippedFieldsAreTheDocumentedTopLevel() {
    assertEquals(13, fields.fields().size());
    for (TopicFields.Field f : fields.fields()) {
      assertEquals(false, f.words().isEmpty(), f.name());
    }
  }
}
