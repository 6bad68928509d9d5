package paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import paperkg.neo4j.CypherRunner;

/** Topics, their hierarchy and organisations as they land in the graph of the seed listing. */
class TopicGraphIT {
  private static List<List<Object>> rows(String cypher, Map<String, Object> params) {
    return new CypherRunner(SeedGraph.get()).run(cypher, params, 60).rows();
  }

  private static long count(String cypher, Map<String, Object> params) {
    return ((Number) rows(cypher, params).get(0).get(0)).longValue();
  }

  @Test
  void largeLanguageModelIsOneTopicOfAtLeastThirtyPapers() {
    long papers =
        count(
            "MATCH (:Topic {name: $n})<-[:HAS_TOPIC]-(p:Paper) RETURN count(p)",
            Map.of("n", "large language model"));
    assertTrue(papers >= 30, "papers: " + papers);
    assertEquals(
        0,
        count(
            "MATCH (t:Topic) WHERE toLower(t.name) IN $names RETURN count(t)",
            Map.of(
                "names", List.of("llm", "llms", "large language models", "large-language-model"))));
  }

  @Test
  void broaderLinksTopicsWithoutCyclesOrSelfLinks() {
    assertTrue(count("MATCH (:Topic)-[b:BROADER]->(:Topic) RETURN count(b)", Map.of()) >= 30);
    assertEquals(0, count("MATCH (t:Topic)-[b:BROADER]->(t) RETURN count(b)", Map.of()));
    assertEquals(0, count("MATCH p = (t:Topic)-[:BROADER*1..12]->(t) RETURN count(p)", Map.of()));
    assertEquals(
        1,
        count(
            "MATCH (:Topic {name: $a})-[b:BROADER]->(:Topic {name: $b}) RETURN count(b)",
            Map.of("a", "diffusion large language model", "b", "large language model")));
  }

  @Test
  void organisationsNamedInAbstractsAreMentionsAndModelsAreNotOrganisations() {
    for (String org : List.of("American Cancer Society", "World Bank", "OpenAI")) {
      assertTrue(
          count(
                  "MATCH (:Paper)-[m:MENTIONS]->(:Organisation {name: $n}) RETURN count(m)",
                  Map.of("n", org))
              > 0,
          org);
    }
    assertEquals(
        0,
        count(
            "MATCH (o:Organisation) WHERE o.name IN $names RETURN count(o)",
            Map.of("names", List.of("GPT-4", "LLM", "LLMs", "RL", "RLHF"))));
  }
}
