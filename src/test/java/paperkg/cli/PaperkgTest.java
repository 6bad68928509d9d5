package paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Command-line behaviour that needs neither Neo4j nor CoreNLP: usage, version, one-line errors,
 * exit codes.
 */
class PaperkgTest {
  @Test
  void helpListsTheCommands() {
    var run = SeedGraph.tryCli("--help");
    assertEquals(0, run.exitCode());
    // spark is the launcher's command, README's too: the list must not leave it out
    for (String command : new String[] {"import", "extract", "query", "stats", "spark"}) {
      assertTrue(run.out().contains(command), run.out());
    }
  }

  @Test
  void versionNamesTheTool() {
    var run = SeedGraph.tryCli("--version");
    assertEquals(0, run.exitCode());
    assertTrue(run.out().startsWith("paperkg "), run.out());
  }

  @Test
  void missingFileIsOneLineAndExitCode2() {
    var run = SeedGraph.tryCli("import", "--quiet", "no/such/listing.txt");
    assertEquals(2, run.exitCode());
    assertEquals("paperkg: no/such/listing.txt: no such file", run.err().strip());
  }

  @Test
  void aMissingQueryFileIsNamedOnce() {
    var run = SeedGraph.tryCli("query", "@no/such/query.cypher");
    assertEquals(2, run.exitCode());
    assertEquals("paperkg: no/such/query.cypher: no such file", run.err().strip());
  }

  @Test
  void unknownFormatListsTheKnownOnes() {
    var run = SeedGraph.tryCli("extract", "--format", "docx", "examples/hf-daily-papers-nov05.txt");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("paperkg: unknown format 'docx' (known: hf-text"), run.err());
    assertEquals(1, run.err().strip().lines().count(), run.err());
  }

  @Test
  void unknownOptionIsAUsageError() {
    var run = SeedGraph.tryCli("query", "--no-such-option", "RETURN 1");
    assertEquals(2, run.exitCode());
    assertFalse(run.err().contains("Exception"), run.err());
    // one error line as README promises, and where to look, not the whole usage
    assertTrue(run.err().startsWith("paperkg: Unknown option"), run.err());
    assertFalse(run.err().contains("Usage:"), run.err());
    assertTrue(run.err().contains("paperkg query --help"), run.err());
  }

  @Test
  void unknownCommandIsOneLineAndPointsAtTheList() {
    var run = SeedGraph.tryCli("imprt", "x.txt");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("paperkg: Unmatched argument"), run.err());
    assertTrue(run.err().contains("paperkg import"), run.err()); // the suggestion
    assertTrue(run.err().contains("`paperkg --help` lists the commands"), run.err());
    assertFalse(run.err().contains("Usage:"), run.err());
  }

  @Test
  void aMissingArgumentNamesTheHelp() {
    var run = SeedGraph.tryCli("query");
    assertEquals(2, run.exitCode());
    assertEquals(
        "paperkg: Missing required parameter: 'CYPHER'\n(`paperkg query --help` lists the options)",
        run.err().strip().replace("\r", ""));
  }
}
