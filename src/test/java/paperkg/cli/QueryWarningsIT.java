package paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Neo4j's notifications for misspelt names reach the user: one warning line each on stderr, results
 * unchanged.
 */
class QueryWarningsIT {
  private static SeedGraph.Run query(String cypher) {
    return SeedGraph.runCli("query", "--uri", SeedGraph.get().boltUri(), "--format", "csv", cypher);
  }

  @Test
  void aMisspeltPropertyIsNamed() {
    var run = query("MATCH (p:Paper) RETURN p.titel AS t LIMIT 1");
    assertEquals("t\n\n", run.out().replace("\r", ""), run.out());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertTrue(run.err().startsWith("paperkg: warning: "), run.err());
    assertTrue(run.err().contains("titel"), run.err());
    assertTrue(run.err().contains("line 1, column "), run.err());
  }

  @Test
  void unknownLabelsAndTypesAreNamed() {
    var run = query("MATCH (p:Papr)-[:HAS_TOPICS]->(t) RETURN count(*) AS n");
    assertTrue(run.err().contains("Papr"), run.err());
    assertTrue(run.err().contains("HAS_TOPICS"), run.err());
    assertTrue(run.err().lines().allMatch(l -> l.startsWith("paperkg: warning: ")), run.err());
  }

  @Test
  void aCorrectQueryWarnsNothing() {
    var run = query("MATCH (p:Paper) RETURN count(p.title) AS n");
    assertEquals("", run.err());
  }
}
