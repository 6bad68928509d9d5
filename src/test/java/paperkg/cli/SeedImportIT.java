package paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import paperkg.neo4j.CypherRunner;
import paperkg.testing.SharedStore;

/** The README's main job: the seed listing imported end to end, checked in the graph. */
class SeedImportIT {
  private static long count(String cypher) {
    SeedGraph.get();
    return SharedStore.count(cypher);
  }

  @Test
  void importsAll87Papers() {
    assertEquals(87, count("MATCH (p:Paper) RETURN count(p)"));
    assertTrue(SeedGraph.importOutput().contains("imported 87 papers"), SeedGraph.importOutput());
  }

  @Test
  void keepsListingMetadata() {
    assertEquals(
        1,
        count(
            "MATCH (p:Paper {title: 'PAC Generalization via Invariant Representations'}) "
                + "WHERE p.authorCount = 3 AND p.published = date('2022-05-30') RETURN count(p)"));
    // a year-less date takes --year
    assertEquals(
        1,
        count(
            "MATCH (p:Paper) WHERE p.title STARTS WITH 'Scalable Evaluation of Online Facilitation' "
                + "AND p.published = date('2025-03-13') RETURN count(p)"));
  }

  @Test
  void linksListingOrganisations() {
    assertEquals(
        1,
        count(
            "MATCH (:Paper {title: 'Densing Law of LLMs'})-[:SUBMITTED_BY]->(:Organisation {name: 'OpenBMB'}) RETURN count(*)"));
    assertEquals(
        1,
        count(
            "MATCH (p:Paper)-[:SUBMITTED_BY]->(:Organisation {name: 'Z.ai'}) "
                + "WHERE p.title STARTS WITH 'Boundary-Guided Policy Optimization' RETURN count(*)"));
    assertEquals(
        1,
        count(
            "MATCH (p:Paper)-[:SUBMITTED_BY]->(:Organisation {name: 'Microsoft'}) "
                + "WHERE p.title STARTS WITH 'Just Do It!? Computer-Use Agents' RETURN count(*)"));
  }

  @Test
  void nearlyEveryPaperHasAFewTopics() {
    // Topics group papers (fewer, better): at most 6 per paper — the selector's 5 named concepts
    // plus one field or one unnamed entry (TopicSelector.MAX + 1, TopicCentroids) — and nearly
    // every paper has one (82 of the 87 when this was written; papers of other sciences may have
    // none).
    assertEquals(
        0, count("MATCH (p:Paper) WHERE COUNT { (p)-[:HAS_TOPIC]->() } > 6 RETURN count(p)"));
    long withTopics =
        count("MATCH (p:Paper) WHERE EXISTS { (p)-[:HAS_TOPIC]->() } RETURN count(p)");
    assertTrue(withTopics >= 0.9 * 87, withTopics + " of 87 papers have a topic");
  }

  @Test
  void everyRelationshipTypeIsPresent() {
    for (String type :
        List.of("HAS_TOPIC", "PROPOSES", "USES", "MENTIONS", "SUBMITTED_BY", "IMPORTED_IN")) {
      assertTrue(count("MATCH ()-[r:" + type + "]->() RETURN count(r)") > 0, type);
    }
    assertEquals(
        87,
        count(
            "MATCH (:Paper)-[:IMPORTED_IN]->(r:ImportRun) WHERE r.finishedAt IS NOT NULL AND r.papers = 87 RETURN count(*)"));
  }

  @Test
  void extractedEdgesKeepTheirEvidence() {
    assertEquals(
        0,
        count(
            "MATCH (:Paper)-[r:HAS_TOPIC|PROPOSES|USES|MENTIONS]->() WHERE r.evidence IS NULL OR r.evidence = '' RETURN count(r)"));
  }

  @Test
  void aSecondImportChangesNothing() {
    var graph = SeedGraph.get();
    String census =
        "CALL { MATCH (n) RETURN labels(n)[0] AS what, count(n) AS c UNION ALL "
            + "MATCH ()-[r]->() RETURN type(r) AS what, count(r) AS c } RETURN what, c ORDER BY what";
    var before = new CypherRunner(graph).run(census, Map.of(), 0).rows();
    var run =
        SeedGraph.runCli(
            "import", "--quiet", "--year", "2025", "--uri", graph.boltUri(), SeedGraph.SEED);
    var after = new CypherRunner(graph).run(census, Map.of(), 0).rows();
    assertEquals(before, after);
    assertTrue(run.out().contains("created 0 nodes, 0 relationships"), run.out());
  }

  @Test
  void queryCommandPrintsATable() {
    var graph = SeedGraph.get();
    var run =
        SeedGraph.runCli(
            "query",
            "--uri",
            graph.boltUri(),
            "MATCH (p:Paper)-[:HAS_TOPIC]->(t:Topic) RETURN t.name AS topic, count(p) AS papers ORDER BY papers DESC LIMIT 10");
    assertTrue(run.out().startsWith("topic"), run.out());
    assertTrue(run.out().contains("large language model"), run.out());
    assertTrue(run.out().contains("(10 rows)"), run.out());
  }
}
