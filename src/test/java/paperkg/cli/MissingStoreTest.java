package paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A --db that names no store: the read-only commands refuse it with one line and exit 3, and create
 * nothing (before, `stats --db typo-db` printed "(0 rows)" after 20 s and left a new typo-db
 * behind).
 */
class MissingStoreTest {
  @TempDir Path dir;

  private static final List<List<String>> READ_COMMANDS =
      List.of(
          List.of("query", "RETURN 1"),
          List.of("sparql", "ASK {}"),
          List.of("export"),
          List.of("stats"),
          List.of("validate"));

  @Test
  void readCommandsRefuseAMissingStoreAndCreateNothing() {
    Path typo = dir.resolve("typo-db");
    for (List<String> command : READ_COMMANDS) {
      String[] args = concat(command, "--db", typo.toString());
      var run = SeedGraph.tryCli(args);
      assertEquals(3, run.exitCode(), command + ": " + run.err());
      assertEquals(
          "paperkg: no store at "
              + typo.toAbsolutePath()
              + " (import something into it first, or give --db DIR or --uri URI)",
          run.err().strip(),
          command.toString());
      assertEquals("", run.out(), command.toString());
      assertFalse(Files.exists(typo), command + " created " + typo);
    }
  }

  @Test
  void evalCorpusRefusesAMissingStoreToo() throws Exception {
    Path gold =
        Files.writeString(
            dir.resolve("gold.jsonl"),
            "{\"id\":\"2501.00001\",\"topics\":[],\"orgs\":[],\"proposed\":[],\"used\":[]}\n");
    Path typo = dir.resolve("typo-db");
    var run = SeedGraph.tryCli("eval", "corpus", gold.toString(), "--db", typo.toString());
    assertEquals(3, run.exitCode(), run.err());
    assertFalse(Files.exists(typo));
  }

  @Test
  void anEmptyDirectoryIsNoStoreEither() throws Exception {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    var run = SeedGraph.tryCli("stats", "--db", empty.toString());
    assertEquals(3, run.exitCode(), run.err());
    try (var files = Files.list(empty)) {
      assertEquals(0, files.count(), "stats wrote into an empty directory");
    }
  }

  @Test
  void exportToAFileWritesNoFileForAMissingStore() {
    Path out = dir.resolve("kg.ttl");
    var run =
        SeedGraph.tryCli("export", "--db", dir.resolve("none").toString(), "-o", out.toString());
    assertEquals(3, run.exitCode(), run.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void aFileAsDbIsNamed() throws Exception {
    Path file = Files.writeString(dir.resolve("notes.txt"), "not a store\n");
    Path ttl = Files.writeString(dir.resolve("one.ttl"), "<urn:a> <urn:b> <urn:c> .\n");
    for (List<String> command : List.of(List.of("stats"), List.of("import", ttl.toString()))) {
      var run = SeedGraph.tryCli(concat(command, "--db", file.toString()));
      assertEquals(3, run.exitCode(), run.err());
      assertEquals(
          "paperkg: --db " + file + " is a file, not a store directory", run.err().strip());
    }
  }

  @Test
  void aBrokenRdfImportLeavesNoStoreBehind() throws Exception {
    Path ttl = Files.writeString(dir.resolve("broken.ttl"), "<urn:a> <urn:b> .\n");
    Path db = dir.resolve("new-db");
    var run = SeedGraph.tryCli("import", "--db", db.toString(), ttl.toString());
    assertEquals(2, run.exitCode(), run.err());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertFalse(Files.exists(db), "a failed import created the store");
  }

  private static String[] concat(List<String> command, String... more) {
    List<String> all = new java.util.ArrayList<>(command);
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }
}
