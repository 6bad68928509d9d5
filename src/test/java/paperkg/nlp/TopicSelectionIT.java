package paperkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import paperkg.source.Paper;

/**
 * Which concepts become a paper's topics, on real abstracts
 * (src/test/resources/paperkg/nlp/SOURCE.txt) through the real CoreNLP pipeline: acronyms spelled
 * out only with evidence, concepts named only in passing (a contrast, an inspiration, a baseline)
 * left out, and concepts the layer used to miss.
 */
class TopicSelectionIT {
  private static final Map<String, Extraction> BY_ID = new HashMap<>();

  @BeforeAll
  static void extract() throws Exception {
    BY_ID.putAll(SharedAnnotator.extractAll("/paperkg/nlp/topic-abstracts.jsonl"));
    assertEquals(12, BY_ID.size());
  }

  private static List<String> topics(String id) {
    return BY_ID.get(id).topics().stream().map(TopicMention::name).toList();
  }

  private static void hasNot(String id, String topic) {
    assertFalse(topics(id).contains(topic), id + " " + topics(id));
  }

  private static void has(String id, String topic) {
    assertTrue(topics(id).contains(topic), id + " " + topics(id));
  }

  @Test
  void anUndefinedAmbiguousAcronymIsNotSpelledOut() {
    hasNot("2601.13097", "rectified flow"); // "RM-RF ... Run-Free": RF is defined 4 of 8 times so
    hasNot("2407.13638", "computed tomography"); // "SNOMED CT"
    hasNot("2512.07834", "image quality assessment"); // the CLIP-IQA metric
  }

  @Test
  void aLikenessIsNoMention() {
    hasNot("2411.18671", "recurrent neural network"); // "RNN-like"
  }

  @Test
  void conceptsNamedOnlyAsContrastOrInspirationAreNoTopics() {
    // "Inspired by the in-context learning mechanism of large language models (LLMs), ..."
    hasNot("2506.02528", "large language model");
    // "EBTs outperform Diffusion Transformers on image denoising"
    hasNot("2507.02092", "diffusion transformer");
    has("2506.02528", "diffusion transformer"); // the title's
  }

  @Test
  void conceptsTheLayerUsedToMiss() {
    // "efficient" is a generic modifier the keyphrase step drops; "efficient reasoning" is an entry
    has("2508.08940", "efficient reasoning");
    // "speech recognition" is mostly "automatic speech recognition", but common without it too
    has("2405.15216", "speech recognition");
    has("2605.15141", "diffusion distillation");
    has("2507.08771", "mixture-of-experts");
  }

  /**
   * An area another topic of the paper reaches through BROADER is no HAS_TOPIC of its own: the
   * paper is found under it through that topic ({@code TopicSelector.dropReachedAreas}).
   */
  @Test
  void anAreaReachedThroughAnotherTopicIsNoTopicOfItsOwn() {
    Paper p =
        SeedListing.papers().stream()
            .filter(x -> x.title().startsWith("MedAgentBench"))
            .findFirst()
            .orElseThrow();
    List<TopicMention> topics =
        SharedAnnotator.extractor().extract(SharedAnnotator.annotator().annotate(p)).topics();
    List<String> names = topics.stream().map(TopicMention::name).toList();
    assertTrue(names.contains("large language model agent"), names.toString());
    assertFalse(names.contains("large language model"), names.toString());
    assertTrue(
        topics.stream()
            .anyMatch(
                t ->
                    t.broader().contains("large language model")
                        || t.ancestors().stream()
                            .anyMatch(l -> l.broader().equals("large language model"))),
        topics.toString());
  }

  /** Issue 10's goals on the example listing (examples/, 87 papers). */
  @Test
  void exampleListingHasItsAreas() {
    Map<String, Integer> papers = new HashMap<>();
    for (Paper p : SeedListing.papers()) {
      Extraction e = SharedAnnotator.extractor().extract(SharedAnnotator.annotator().annotate(p));
      e.topics().forEach(t -> papers.merge(t.name(), 1, Integer::sum));
    }
    assertTrue(papers.getOrDefault("causal inference", 0) >= 4, papers.toString());
    assertTrue(papers.getOrDefault("reinforcement learning", 0) >= 8, papers.toString());
    assertTrue(papers.getOrDefault("large language model", 0) >= 30, papers.toString());
  }
}
