package paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input through the real command line, in-process: one line {@code paperkg: file[:line]: what},
 * exit 2, no stack trace unless --verbose. The input is read before the store opens or CoreNLP
 * loads, so none of these needs Neo4j: the store directory is never even created.
 */
class BadInputCliTest {
  @TempDir Path dir;

  private SeedGraph.Run importing(String... files) {
    String[] args = new String[files.length + 4];
    args[0] = "import";
    args[1] = "--quiet";
    args[2] = "--db";
    args[3] = dir.resolve("store").toString();
    System.arraycopy(files, 0, args, 4, files.length);
    return SeedGraph.tryCli(args);
  }

  private void assertOneLine(SeedGraph.Run run, String expected) {
    assertEquals(2, run.exitCode(), run.err());
    assertEquals("paperkg: " + expected, run.err().strip());
    assertEquals("", run.out());
    assertFalse(Files.exists(dir.resolve("store")), "bad input must not touch the store");
  }

  private String file(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p.toString();
  }

  @Test
  void emptyFile() throws IOException {
    String f = file("empty.jsonl", new byte[0]);
    assertOneLine(importing(f), f + ": empty file");
  }

  @Test
  void binaryJunk() throws IOException {
    byte[] junk = new byte[2048];
    new Random(7).nextBytes(junk);
    junk[0] = (byte) 0xff;
    String f = file("junk.txt", junk);
    assertOneLine(importing(f), f + ":1: not UTF-8 (byte 0xff)");
  }

  @Test
  void truncatedJson() throws IOException {
    String f = file("cut.json", "[{\"paper\": {\"title\": \"x\"".getBytes());
    var run = importing(f);
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("paperkg: " + f + ":1: invalid JSON: "), run.err());
    assertEquals(1, run.err().strip().lines().count(), run.err());
  }

  @Test
  void missingFileAmongGoodOnes() {
    assertOneLine(
        importing("examples/hf-daily-papers-nov05.txt", "no/such.jsonl"),
        "no/such.jsonl: no such file");
  }

  @Test
  void directoryWithNothingImportable() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("notes"));
    Files.writeString(empty.resolve("readme.md"), "# not papers");
    var run = importing(empty.toString());
    assertEquals(2, run.exitCode());
    assertTrue(
        run.err().startsWith("paperkg: " + empty + ": no importable files (known extensions: txt,"),
        run.err());
    assertEquals(1, run.err().strip().lines().count());
  }

  @Test
  void unknownFormat() {
    var run =
        SeedGraph.tryCli(
            "import",
            "--db",
            dir.resolve("store").toString(),
            "--format",
            "pdf",
            "examples/hf-daily-papers-nov05.txt");
    assertEquals(2, run.exitCode());
    assertTrue(
        run.err().startsWith("paperkg: unknown format 'pdf' (known: hf-text, hf-json"), run.err());
    assertEquals(1, run.err().strip().lines().count());
  }

  @Test
  void allLinesBadIsOneErrorNotAWarningPerLine() throws IOException {
    String f = file("bad.jsonl", "{\"id\": 1}\n{\"id\": 2}\n{\"id\": 3}\n".getBytes());
    assertOneLine(
        importing(f),
        f + ":1: paper without a \"title\"; no good paper in the input (and 2 more bad records)");
  }

  @Test
  void strictStopsAtTheFirstBadRecord() throws IOException {
    String f = file("mixed.jsonl", "{\"title\": \"fine\"}\n{\"id\": 2}\n".getBytes());
    var run =
        SeedGraph.tryCli(
            "import", "--quiet", "--strict", "--db", dir.resolve("store").toString(), f);
    assertOneLine(run, f + ":2: paper without a \"title\"");
  }

  @Test
  void verboseAddsTheStackTrace() throws IOException {
    String f = file("empty.json", new byte[0]);
    var run = SeedGraph.tryCli("import", "--verbose", "--db", dir.resolve("store").toString(), f);
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("paperkg: " + f + ": empty file"), run.err());
    assertTrue(run.err().contains("\tat paperkg."), run.err());
  }

  @Test
  void extractReportsTheSameWay() throws IOException {
    String f = file("empty.txt", new byte[0]);
    var run = SeedGraph.tryCli("extract", "--quiet", f);
    assertEquals(2, run.exitCode());
    assertEquals("paperkg: " + f + ": empty file", run.err().strip());
  }
}
