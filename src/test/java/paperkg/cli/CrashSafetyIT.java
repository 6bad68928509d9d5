package paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperkg.neo4j.GraphStore;
import paperkg.neo4j.StoreSettings;
import paperkg.testing.ChildJvm;
import paperkg.testing.GraphDump;

/**
 * kill -9 in the middle of an import, then the same import again, gives the graph of one clean
 * import: a real child JVM imports 500 corpus papers into an embedded store and is killed with
 * SIGKILL once its progress shows that at least two transactions of 50 papers have committed. One
 * annotation thread everywhere, so the three runs write in the same order. Takes minutes.
 */
class CrashSafetyIT {
  private static final Path CORPUS =
      Path.of("src/test/resources/data/hf_daily_papers_corpus/hf_daily_papers_corpus-sample.jsonl");
  private static final int PAPERS = 500;

  /**
   * Small transactions, so that the kill lands well before the end: a log line comes every {@code
   * ProgressDisplay.PLAIN_INTERVAL_MILLIS} (5 s), and with 50 a paper the window between the kill
   * point (305 papers) and the end (500) was one interval at ~40 papers/s on one thread — on a
   * quiet machine the next line said 500 and the import had finished (fresh-clone CI, 2026-12-04).
   */
  private static final int PER_TRANSACTION = 20;

  /**
   * The progress bar counts extracted papers; commits trail it by at most the batch being built,
   * the batches queued for the Neo4j thread and the one it is writing.
   */
  private static final int IN_FLIGHT_BATCHES = 1 + paperkg.pipeline.ImportPipeline.WRITE_QUEUE + 1;

  private static final Pattern PROGRESS = Pattern.compile("import: (\\d+) papers");

  @TempDir Path dir;

  @Test
  void killedImportRerunEqualsACleanImport() throws Exception {
    // Given a 500-paper slice of the corpus
    Path slice = dir.resolve("slice.jsonl");
    try (Stream<String> lines = Files.lines(CORPUS)) {
      Files.write(slice, lines.limit(PAPERS).toList());
    }
    Path killed = dir.resolve("killed");
    Path clean = dir.resolve("clean");

    // When an import in another JVM is killed (SIGKILL) after its second transaction committed
    try (ChildJvm child =
        ChildJvm.start(dir.resolve("child"), "2g", Paperkg.class, args(killed, slice, false))) {
      child.awaitOut(out -> progress(child) > (2 + IN_FLIGHT_BATCHES) * PER_TRANSACTION + 5, 900);
      child.process().destroyForcibly();
      child.waitFor(60);
    }
    // Then the store opens (Neo4j recovers it), holds part of the papers and an unfinished run
    long papers;
    try (GraphStore store = GraphStore.open(StoreSettings.embedded(killed))) {
      papers = count(store, "MATCH (p:Paper) RETURN count(p)");
      assertTrue(
          papers >= 2 * PER_TRANSACTION && papers < PAPERS, "papers after the kill: " + papers);
      assertEquals(
          1, count(store, "MATCH (r:ImportRun) WHERE r.finishedAt IS NULL RETURN count(r)"));
    }

    // When the same import runs again to the end, and once more into an empty store
    String resumedOut = SeedGraph.runCli(args(killed, slice, true)).out();
    SeedGraph.runCli(args(clean, slice, true));
    // and the re-run resumed: exactly the papers committed before the kill were not annotated again
    Matcher skipped =
        Pattern.compile("skipped (\\d+) papers the store holds unchanged").matcher(resumedOut);
    assertTrue(skipped.find(), resumedOut);
    assertEquals(papers, Long.parseLong(skipped.group(1)), resumedOut);

    // Then both graphs are equal: labels, types, counts, properties (run times aside)
    List<String> resumed;
    List<String> expected;
    try (GraphStore store = GraphStore.open(StoreSettings.embedded(killed))) {
      resumed = GraphDump.of(store);
      assertEquals(
          1,
          count(
              store,
              "MATCH (r:ImportRun {papers: 500}) WHERE r.finishedAt IS NOT NULL RETURN count(r)"));
    }
    try (GraphStore store = GraphStore.open(StoreSettings.embedded(clean))) {
      expected = GraphDump.of(store);
    }
    assertEquals(PAPERS, expected.stream().filter(l -> l.startsWith("[Paper] ")).count());
    assertTrue(expected.equals(resumed), GraphDump.diff(expected, resumed));
  }

  private static String[] args(Path db, Path input, boolean quiet) {
    return Stream.of(
            "import",
            quiet ? "--quiet" : null,
            "--threads",
            "1",
            "--papers-per-transaction",
            String.valueOf(PER_TRANSACTION),
            "--db",
            db.toString(),
            input.toString())
        .filter(a -> a != null)
        .toArray(String[]::new);
  }

  /** The last paper count the child's progress lines showed on stderr (0 before they start). */
  private static int progress(ChildJvm child) {
    return (int) ProgressLog.lastCount(child, PROGRESS);
  }

  private static long count(GraphStore store, String cypher) {
    try (var session = store.session()) {
      return session.run(cypher).single().get(0).asLong();
    }
  }
}
