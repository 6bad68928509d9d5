package paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperkg.testing.SharedStore;

/**
 * One bad record among good ones: warned with file:line, skipped, counted; the good ones are
 * imported.
 */
class BadRecordsIT {
  @TempDir Path dir;

  @Test
  void badLineIsSkippedAndCountedGoodLinesAreImported() throws IOException {
    // Given three corpus-shaped lines, the middle one cut off
    Path f = dir.resolve("mixed.jsonl");
    Files.writeString(
        f,
        "{\"id\":\"2501.00001\",\"title\":\"Sparse attention for long documents\",\"abstract\":\"We propose SparseDoc.\"}\n"
            + "{\"id\":\"2501.00002\",\"title\":\"Cut off\n"
            + "{\"id\":\"2501.00003\",\"title\":\"Retrieval with BM25\",\"abstract\":\"We use BM25 on MS MARCO.\"}\n");
    var store = SharedStore.empty();

    // When it is imported
    var run = SeedGraph.tryCli("import", "--quiet", "--uri", store.boltUri(), f.toString());

    // Then the good papers are in the graph, the bad line is named once and counted in the summary
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().startsWith("paperkg: warning: " + f + ":2: invalid JSON"), run.err());
    assertTrue(run.out().contains("skipped 1 bad records"), run.out());
    assertEquals(2, SharedStore.count("MATCH (p:Paper) RETURN count(p)"));
    assertEquals(0, SharedStore.count("MATCH (p:Paper {id: '2501.00002'}) RETURN count(p)"));

    // And with --strict the same file is refused
    SharedStore.empty();
    var strict =
        SeedGraph.tryCli("import", "--quiet", "--strict", "--uri", store.boltUri(), f.toString());
    assertEquals(2, strict.exitCode());
    assertTrue(strict.err().startsWith("paperkg: " + f + ":2: invalid JSON"), strict.err());
    assertEquals(0, SharedStore.count("MATCH (p:Paper) RETURN count(p)"));
  }
}
