package paperkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * BROADER is a DAG: self-links, unknown targets and cycle-closing links are dropped; the shipped
 * one too.
 */
class TopicHierarchyTest {
  static TopicVocabulary.Entry e(String name, String... broader) {
    return new TopicVocabulary.Entry(name, List.of(), List.of(broader), false, null, 0);
  }

  @Test
  void cyclesSelfLinksAndUnknownTargetsAreDropped() {
    TopicHierarchy h =
        new TopicHierarchy(
            TopicVocabulary.of(List.of(e("a", "b", "a", "nowhere"), e("b", "c"), e("c", "a"))));
    assertEquals(List.of("b"), h.broader("a"));
    assertEquals(List.of("c"), h.broader("b"));
    assertEquals(List.of(), h.broader("c"), "c -> a would close a -> b -> c -> a");
    assertEquals(List.of(new TopicMention.Link("b", "c")), h.ancestors("a"));
  }

  @Test
  void theShippedHierarchyIsADag() {
    TopicVocabulary vocab = TopicVocabulary.load();
    TopicHierarchy h = new TopicHierarchy(vocab);
    int links = 0;
    for (TopicVocabulary.Entry e : vocab.entries()) {
      links += e.broader().size();
      assertEquals(
          e.broader().size(),
          h.broader(e.name()).size(),
          "the builder wrote no link to drop: " + e);
      Deque<String> todo = new ArrayDeque<>(h.broader(e.name()));
      Set<String> seen = new HashSet<>();
      while (!todo.isEmpty()) {
        String n = todo.pop();
        assertFalse(n.equals(e.name()), "cycle through " + e.name());
        if (seen.add(n)) {
          todo.addAll(h.broader(n));
        }
      }
    }
    assertFalse(links < 100, "the shipped vocabulary has BROADER links: " + links);
  }

  @Test
  void shippedAreasLeadToTheirFields() {
    TopicHierarchy h = new TopicHierarchy(TopicVocabulary.load());
    // a conversion modifier by its target, then the field by the word "video"
    assertTrue(h.lineage("text-to-video generation").contains("video generation"));
    assertTrue(h.lineage("text-to-video generation").contains("computer vision"));
    assertFalse(
        h.broader("text-to-video generation").contains("natural language processing"),
        "the source of a conversion marks no field");
    // a transformer is a model
    assertTrue(h.lineage("diffusion transformer").contains("diffusion model"));
    // confident co-occurrence: most papers naming these techniques name large language models
    assertTrue(h.lineage("chain-of-thought").contains("large language model"));
    assertTrue(h.lineage("supervised fine-tuning").contains("large language model"));
    assertTrue(h.lineage("offline reinforcement learning").contains("reinforcement learning"));
    assertFalse(h.lineage("large language model").contains("chain-of-thought"));
  }
}
