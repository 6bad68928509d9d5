package paperkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperkg.nlp.Extraction;
import paperkg.nlp.TopicMention;
import paperkg.source.Paper;

/**
 * Topic recall by hand-countable cases: stemming, alternatives, BROADER hops merged across papers,
 * levels.
 */
class TopicRecallTest {
  @TempDir Path dir;

  static Extraction paper(String id, TopicMention... topics) {
    return new Extraction(
        Paper.builder("t " + id).id(id).build(),
        0,
        List.of(),
        List.of(topics),
        List.of(),
        List.of());
  }

  static TopicMention topic(String name, List<String> alt, String... broader) {
    return new TopicMention(name, alt, 1, 1, "", List.of(broader));
  }

  @Test
  void goldFoundByStemAltAndAncestorsUpToThreeHops() throws Exception {
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(
        gold,
        """
        {"id": "a", "orgs": [], "proposed": [], "used": [], "topics": [\
        {"topic": "reinforcement learning", "alt": ["rl"], "level": "broad"},\
        {"topic": "offline reinforcement learning", "alt": [], "level": "specific"},\
        {"topic": "machine learning", "alt": [], "level": "broad"},\
        {"topic": "robotics", "alt": [], "level": "broad"},\
        {"topic": "large language models", "alt": ["llm"], "level": "specific"}]}
        {"id": "missing", "topics": [{"topic": "speech recognition", "alt": [], "level": "specific"}]}
        """);
    List<CorpusGold> docs = GoldFiles.corpus(gold);
    // paper a: offline RL; its chain offline RL -> RL -> machine learning comes from paper b's
    // links;
    // "LLM" is found through the gold alternative "llm" against the topic's alternative name
    ExtractedGraph graph =
        new ExtractedGraph(
            List.of(
                paper(
                    "a",
                    topic("Offline Reinforcement Learning", List.of()),
                    topic("language agent", List.of("LLM"))),
                paper(
                    "b",
                    topic("offline reinforcement learning", List.of(), "reinforcement learning"),
                    topic("reinforcement learning", List.of(), "machine learning"))));
    assertTrue(graph.contains("a"));
    assertFalse(graph.contains("missing"));
    TopicRecall.Report r = TopicRecall.score(docs, graph);
    assertEquals(1, r.missingPapers());
    // found: reinforcement learning (1 hop), offline RL (stem/case), machine learning (2 hops...
    // via b), llm alt
    assertEquals(new TopicRecall.Count(4, 6), r.overall());
    assertEquals(new TopicRecall.Count(2, 3), r.broad());
    assertEquals(new TopicRecall.Count(2, 3), r.specific());
    assertEquals(
        List.of("robotics", "speech recognition"),
        r.misses().stream().map(TopicRecall.Miss::topic).toList());
  }

  @Test
  void ancestorsBeyondThreeHopsDoNotCount() throws Exception {
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(
        gold,
        """
        {"id": "a", "topics": [{"topic": "e", "alt": [], "level": "broad"}, {"topic": "d", "alt": [], "level": "broad"}]}
        """);
    ExtractedGraph graph =
        new ExtractedGraph(
            List.of(
                paper("a", topic("a", List.of(), "b")),
                paper(
                    "x",
                    topic("b", List.of(), "c"),
                    topic("c", List.of(), "d"),
                    topic("d", List.of(), "e"))));
    TopicRecall.Report r = TopicRecall.score(GoldFiles.corpus(gold), graph);
    assertEquals(new TopicRecall.Count(1, 2), r.overall()); // d is 3 hops up, e is 4
    assertEquals("e", r.misses().get(0).topic());
  }
}
