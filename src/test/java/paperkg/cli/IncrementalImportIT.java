package paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperkg.neo4j.GraphStore;
import paperkg.neo4j.StoreSettings;
import paperkg.source.Paper;
import paperkg.source.PaperSources;
import paperkg.source.ReaderSettings;
import paperkg.testing.GraphDump;

/**
 * Incremental imports through the real CLI into real embedded stores: three papers of the example
 * listing, written as JSON lines. A paper stored with the same fingerprint (input fields +
 * extractor version) is not annotated again; a changed abstract, a changed extractor version or
 * --force annotates again, and the summary says why.
 */
class IncrementalImportIT {
  private static final String VERSION = "paperkg.extractor.version";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @AfterEach
  void clearVersion() {
    System.clearProperty(VERSION);
  }

  @Test
  void unchangedPapersAreSkippedAndTheGraphStaysTheSame() throws Exception {
    // Given three papers imported once
    Path input = write("three.jsonl", seedPapers(3), null);
    Path db = dir.resolve("db");
    String first = importInto(db, input);
    assertFalse(first.contains("skipped"), first);
    List<String> before = dump(db);

    // When the same input is imported again
    String again = importInto(db, input);

    // Then nothing is annotated or written, and the summary says so
    assertTrue(again.contains("skipped 3 papers the store holds unchanged"), again);
    assertTrue(again.contains("created 0 nodes, 0 relationships"), again);
    assertTrue(again.contains("; 0 tokens,"), "nothing went through CoreNLP: " + again);
    assertEquals(before, dump(db), GraphDump.diff(before, dump(db)));
  }

  @Test
  void aChangedAbstractIsAnnotatedAgainAndItsOldFactsGo() throws Exception {
    // Given three papers imported, then the second one's abstract replaced by the third one's
    List<Paper> papers = seedPapers(3);
    Path db = dir.resolve("db");
    importInto(db, write("three.jsonl", papers, null));
    String fingerprint = fingerprint(db, papers.get(1).id());
    Path changed = write("changed.jsonl", papers, papers.get(2).abstractText());

    // When the changed input is imported into that store, and into an empty one
    String out = importInto(db, changed);
    Path clean = dir.resolve("clean");
    importInto(clean, changed);

    // Then only that paper is annotated again, and it holds what a clean import of its new abstract
    // gives
    assertTrue(out.contains("skipped 2 papers the store holds unchanged"), out);
    assertTrue(out.contains("annotated 1 stored papers again: their input changed"), out);
    assertNotEquals(fingerprint, fingerprint(db, papers.get(1).id()));
    String paper = "(Paper:" + papers.get(1).id() + ")";
    assertEquals(factsOf(clean, paper), factsOf(db, paper));
    assertEquals(
        factsOf(clean, "(Paper:" + papers.get(0).id() + ")"),
        factsOf(db, "(Paper:" + papers.get(0).id() + ")"));
  }

  @Test
  void aNewExtractorVersionAnnotatesAgainAndForceToo() throws Exception {
    Path input = write("two.jsonl", seedPapers(2), null);
    Path db = dir.resolve("db");
    System.setProperty(VERSION, "test-v1");
    importInto(db, input);

    // When the extractor's version changes
    System.setProperty(VERSION, "test-v2");
    String out = importInto(db, input);

    // Then every paper is annotated again, and the summary names both versions
    assertTrue(
        out.contains(
            "annotated 2 stored papers again: the extractor changed (version test-v1, now test-v2)"),
        out);
    assertTrue(fingerprint(db, seedPapers(1).get(0).id()).startsWith("test-v2:"));

    // And --force annotates unchanged papers again
    String forced =
        SeedGraph.runCli("import", "--quiet", "--force", "--db", db.toString(), input.toString())
            .out();
    assertTrue(forced.contains("annotated 2 stored unchanged papers again (--force)"), forced);
    assertFalse(forced.contains("skipped"), forced);
  }

  private static String importInto(Path db, Path input) {
    return SeedGraph.runCli("import", "--quiet", "--db", db.toString(), input.toString()).out();
  }

  /** The first {@code n} papers of the example listing. */
  private static List<Paper> seedPapers(int n) {
    List<Paper> papers = new ArrayList<>();
    var input = PaperSources.resolve(List.of(SeedGraph.SEED), null).get(0);
    PaperSources.read(
        input,
        new ReaderSettings(2025),
        p -> {
          if (papers.size() < n) {
            papers.add(p);
          }
        });
    return papers;
  }

  /**
   * The papers as JSON lines; the second one's abstract replaced when {@code secondAbstract} is
   * given.
   */
  private Path write(String name, List<Paper> papers, String secondAbstract) throws Exception {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < papers.size(); i++) {
      Paper p = papers.get(i);
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("id", p.id());
      o.put("title", p.title());
      o.put("abstract", i == 1 && secondAbstract != null ? secondAbstract : p.abstractText());
      o.put("authors", p.authors().stream().map(a -> a.name()).toList());
      o.put("date", String.valueOf(p.published()));
      lines.add(JSON.writeValueAsString(o));
    }
    return Files.write(dir.resolve(name), lines);
  }

  private static List<String> dump(Path db) {
    try (GraphStore store = GraphStore.open(StoreSettings.embedded(db))) {
      return GraphDump.of(store);
    }
  }

  /**
   * The relationships at {@code node} (as GraphDump writes them), without IMPORTED_IN (runs
   * differ).
   */
  private static List<String> factsOf(Path db, String node) {
    return dump(db).stream()
        .filter(l -> (l.startsWith(node) || l.endsWith(node)) && !l.contains("-[IMPORTED_IN"))
        .toList();
  }

  private static String fingerprint(Path db, String paperId) {
    try (GraphStore store = GraphStore.open(StoreSettings.embedded(db));
        var session = store.session()) {
      return session
          .run("MATCH (p:Paper {id: $id}) RETURN p.fingerprint", Map.of("id", paperId))
          .single()
          .get(0)
          .asString();
    }
  }
}
