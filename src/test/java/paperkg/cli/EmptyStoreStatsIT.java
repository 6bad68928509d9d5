package paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `stats` on a store with nothing in it lists the ontology's labels and types with zero counts. */
class EmptyStoreStatsIT {
  @TempDir Path dir;

  @Test
  void anEmptyStoreShowsZeroCounts() throws Exception {
    // Given a store created by importing an RDF file without a single triple
    Path empty = Files.writeString(dir.resolve("empty.ttl"), "# nothing yet\n");
    Path db = dir.resolve("db");
    SeedGraph.runCli("import", "--quiet", "--db", db.toString(), empty.toString());

    var run = SeedGraph.runCli("stats", "--db", db.toString(), "--format", "csv");

    assertTrue(run.out().contains("node,Paper,0"), run.out());
    assertTrue(run.out().contains("node,Organisation,0"), run.out());
    assertTrue(run.out().contains("relationship,HAS_TOPIC,0"), run.out());
  }
}
