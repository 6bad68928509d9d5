package paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code --db} and {@code --uri} name one store between them: both at once is a usage error, not a
 * silent pick.
 */
class StoreOptionsTest {
  @Test
  void dbAndUriTogetherAreAUsageError() {
    var run =
        SeedGraph.tryCli("query", "--db", "some-dir", "--uri", "bolt://127.0.0.1:1", "RETURN 1");
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("mutually exclusive"), run.err());
  }

  @Test
  void neitherMeansTheDefaultDirectory() {
    StoreOptions options = parse("RETURN 1");
    assertEquals(Path.of("paperkg-data"), options.db());
    assertNull(options.uri());
  }

  @Test
  void eachAloneIsTaken() {
    assertEquals(Path.of("elsewhere"), parse("--db", "elsewhere", "RETURN 1").db());
    assertEquals("bolt://h:7687", parse("--uri", "bolt://h:7687", "RETURN 1").uri());
  }

  private static StoreOptions parse(String... args) {
    QueryCommand query = new QueryCommand();
    new CommandLine(query).parseArgs(args);
    return query.store;
  }
}
