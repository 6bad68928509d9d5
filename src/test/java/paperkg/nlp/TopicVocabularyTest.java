package paperkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicVocabularyTest {
  private static TopicVocabulary.Entry entry(String name, int papers) {
    return new TopicVocabulary.Entry(name, List.of(), List.of(), false, null, papers);
  }

  @Test
  void namesThatFoldToOneAreOneEntryNamedByTheMoreCommon() {
    TopicVocabulary.Entry few = entry("scalable vector graphics", 6);
    TopicVocabulary.Entry many = entry("scalable vector graphic", 21);
    TopicVocabulary.Entry other = entry("robotic manipulation", 110);
    TopicVocabulary.Entry twin = entry("Robotics-Manipulation", 4);
    Map<TopicVocabulary.Entry, TopicVocabulary.Entry> same =
        TopicVocabulary.foldedTwins(List.of(few, many, other, twin));
    assertEquals(Map.of(few, many, twin, other), same);
  }

  @Test
  void theShippedVocabularyHasOneEntryPerFoldedName() {
    TopicVocabulary v = TopicVocabulary.load();
    Map<String, String> seen = new HashMap<>();
    for (TopicVocabulary.Entry e : v.entries()) {
      String before = seen.put(TopicVocabulary.fold(e.name()), e.name());
      assertTrue(before == null || e.field(), before + " / " + e.name());
    }
    // both spellings still find the concept
    TopicVocabulary.Entry a = v.get(ConceptIdentity.compactKey("robotics manipulation"));
    assertNotNull(a);
    assertSame(a, v.get(ConceptIdentity.compactKey("robotic manipulation")));
  }
}
