package paperkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import paperkg.source.Paper;

/** The real pipeline on real abstracts of the seed listing (examples/). */
class ExtractorIT {
  private static final Map<String, Extraction> CACHE = new ConcurrentHashMap<>();

  private static Extraction extract(String titlePrefix) {
    return CACHE.computeIfAbsent(
        titlePrefix,
        t -> {
          Paper p = SeedListing.byTitlePrefix(t);
          return SharedAnnotator.extractor().extract(SharedAnnotator.annotator().annotate(p));
        });
  }

  private static Set<String> names(List<MethodMention> ms, MethodMention.Relation r) {
    return ms.stream()
        .filter(m -> m.relation() == r)
        .map(MethodMention::name)
        .collect(Collectors.toSet());
  }

  private static Set<String> orgs(Extraction e, OrgMention.Relation r) {
    return e.organisations().stream()
        .filter(o -> o.relation() == r)
        .map(OrgMention::name)
        .collect(Collectors.toSet());
  }

  @Test
  void titleIsSentenceZero() {
    Paper p = SeedListing.byTitlePrefix("Densing Law of LLMs");
    Annotated a = SharedAnnotator.annotator().annotate(p);
    assertEquals(Annotator.TITLE, a.sentences().get(0).index());
    assertEquals("Densing Law of LLMs", a.sentences().get(0).text());
    assertEquals(1, a.sentences().get(1).index());
    assertTrue(a.sentences().get(1).text().startsWith("Large Language Models (LLMs)"));
  }

  @Test
  void densingLawHasTheLlmTopicWithItsAcronym() {
    Extraction e = extract("Densing Law of LLMs");
    TopicMention llm =
        e.topics().stream()
            .filter(t -> t.name().equals("large language model"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(e.topics().toString()));
    assertTrue(llm.altNames().contains("LLMs"), llm.altNames().toString());
    assertEquals(Set.of("OpenBMB"), orgs(e, OrgMention.Relation.SUBMITTED_BY));
  }

  @Test
  void anAcronymInsideAPhraseMentionsItsConcept() {
    Extraction e = extract("Scalable Evaluation of Online Facilitation Strategies");
    // defined once ("Large Language Models (LLMs)"), then only inside phrases: "LLM facilitators",
    // "LLM-driven";
    // the top-10 cut alone dropped it
    assertTrue(
        e.topics().stream().anyMatch(t -> t.name().equals("large language model")),
        e.topics().toString());
    // "LLM facilitators" is this paper's own phrase: a keyphrase, not a topic that groups papers
    assertTrue(
        e.keyphrases().stream().anyMatch(k -> k.text().equals("LLM facilitators")),
        e.keyphrases().toString());
    assertTrue(
        e.topics().stream().noneMatch(t -> t.name().equals("LLM facilitator")),
        e.topics().toString());
  }

  @Test
  void healthTextSimplification() {
    Extraction e = extract("Health Text Simplification: An Annotated Corpus for Digestive Cancer");
    // a name the paper defines is kept as "Full Name (ACR)", the gold guide's form, which stands
    // for both
    String simpleDc = "Simplified Digestive Cancer (SimpleDC)";
    assertTrue(
        names(e.methods(), MethodMention.Relation.PROPOSES).contains(simpleDc),
        e.methods().toString());
    assertEquals(
        "dataset",
        e.methods().stream()
            .filter(m -> m.name().equals(simpleDc))
            .findFirst()
            .orElseThrow()
            .kind());
    Set<String> used = names(e.methods(), MethodMention.Relation.USES);
    assertTrue(used.contains("Llama 2") || used.contains("Llama 2 models"), used.toString());
    assertTrue(used.contains("GPT-4"), used.toString());
    Set<String> mentioned = orgs(e, OrgMention.Relation.MENTIONS);
    assertTrue(
        mentioned.containsAll(Set.of("American Cancer Society", "National Cancer Institute")),
        mentioned.toString());
    for (String bad : List.of("GPT-4", "LLM", "RL", "RLHF", "Llama")) {
      assertFalse(mentioned.contains(bad), bad);
    }
  }

  @Test
  void reasoningIsNotAllYouNeedProposesItsFrameworks() {
    Extraction e = extract("Reasoning Is Not All You Need");
    Set<String> proposed = names(e.methods(), MethodMention.Relation.PROPOSES);
    assertTrue(proposed.containsAll(Set.of("MedAgent", "MultiSenseEval")), proposed.toString());
  }

  @Test
  void titlePrefixNamesAreProposed() {
    assertTrue(
        names(extract("SIRI: Scaling").methods(), MethodMention.Relation.PROPOSES)
            .contains("SIRI"));
    assertTrue(
        names(extract("WeDesign:").methods(), MethodMention.Relation.PROPOSES)
            .contains("WeDesign"));
    MethodMention bench =
        extract("MedAgentBench:").methods().stream()
            .filter(m -> m.name().equals("MedAgentBench"))
            .findFirst()
            .orElseThrow();
    assertEquals(MethodMention.Relation.PROPOSES, bench.relation());
    assertEquals("benchmark", bench.kind());
  }

  @Test
  void organisationsTheThreeClassTaggerAndTheGazetteerFind() {
    assertTrue(
        orgs(extract("Chinese vs. World Bank"), OrgMention.Relation.MENTIONS)
            .contains("World Bank"));
    assertTrue(
        orgs(extract("Unraveling the Mystery of Scaling Laws"), OrgMention.Relation.MENTIONS)
            .contains("OpenAI"));
  }

  @Test
  void namedModelsAreUsedNotProposed() {
    Extraction e = extract("Reproducibility Study of \"Cooperate or Collapse");
    Set<String> used = names(e.methods(), MethodMention.Relation.USES);
    assertTrue(used.containsAll(Set.of("GPT-4o-mini", "DeepSeek-V3")), used.toString());
    assertTrue(
        names(e.methods(), MethodMention.Relation.PROPOSES).stream().noneMatch(used::contains));
  }

  /**
   * All 87 seed papers on two threads at once: the pipeline is shared and every paper gets topics.
   */
  @Test
  void wholeSeedConcurrentlyEveryPaperHasTopicsAndNoGenericOnes() throws Exception {
    List<Paper> papers = SeedListing.papers();
    assertEquals(87, papers.size());
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Extraction>> futures = new ArrayList<>();
      for (Paper p : papers) {
        futures.add(
            pool.submit(
                () ->
                    SharedAnnotator.extractor().extract(SharedAnnotator.annotator().annotate(p))));
      }
      int llm = 0;
      int withTopics = 0;
      Set<String> generic =
          Set.of(
              "approach",
              "paper",
              "result",
              "results",
              "method",
              "performance",
              "state of the art",
              "state-of-the-art",
              "work",
              "study");
      for (Future<Extraction> f : futures) {
        Extraction e = f.get();
        String title = e.paper().title();
        llm += e.topics().stream().anyMatch(t -> t.name().equals("large language model")) ? 1 : 0;
        withTopics += e.topics().isEmpty() ? 0 : 1;
        assertTrue(e.topics().size() <= TopicSelector.MAX + 1, title + " " + e.topics());
        for (TopicMention t : e.topics()) {
          assertFalse(generic.contains(t.name()), title + " has generic topic " + t.name());
          assertTrue(t.evidence() != null && !t.evidence().isBlank(), title);
        }
        Set<String> proposed = names(e.methods(), MethodMention.Relation.PROPOSES);
        assertTrue(
            names(e.methods(), MethodMention.Relation.USES).stream().noneMatch(proposed::contains),
            title);
        for (OrgMention o : e.organisations()) {
          assertFalse(
              Set.of("LLM", "LLMs", "RL", "GPT-4", "LLaMA", "ASR", "RLHF", "MLP")
                  .contains(o.name()),
              title + " org " + o.name());
        }
      }
      // LLM, LLMs, "large language models" and "LLM agents" all name one concept (43 on 2026-11-26)
      assertTrue(llm >= 30, "papers with the topic large language model: " + llm);
      assertTrue(withTopics >= 80, "papers with topics: " + withTopics);
      // concurrency changes nothing: a paper extracted on the pool equals a fresh sequential
      // extraction
      Paper health = SeedListing.byTitlePrefix("Health Text Simplification");
      Extraction sequential =
          SharedAnnotator.extractor().extract(SharedAnnotator.annotator().annotate(health));
      Extraction pooled = futures.get(papers.indexOf(health)).get();
      assertEquals(sequential.topics(), pooled.topics());
      assertEquals(sequential.methods(), pooled.methods());
      assertEquals(sequential.organisations(), pooled.organisations());
    } finally {
      pool.shutdown();
    }
  }
}
