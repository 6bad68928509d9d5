package paperkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import paperkg.ExitCodes;
import paperkg.PaperkgException;

/**
 * Broken input through the source layer's entry point, per reader: whole-file problems are one
 * bad-input error naming the file (and line), bad records among good ones are skipped and counted
 * unless strict, and size limits hold.
 */
class BadInputTest {
  private static final String GOOD =
      "{\"id\":\"2501.00001\",\"title\":\"Good\",\"abstract\":\"A fine abstract.\"}";

  @TempDir Path dir;

  private final StringWriter warnings = new StringWriter();

  private Path file(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  private Path file(String name, String text) throws IOException {
    return file(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private List<Paper> read(Path file, BadRecords bad) {
    List<Paper> out = new ArrayList<>();
    PaperSources.read(
        List.of(file.toString()), null, new ReaderSettings(2025).withBadRecords(bad), out::add);
    return out;
  }

  private List<Paper> lenient(Path file) {
    return read(file, BadRecords.lenient(new PrintWriter(warnings, true)));
  }

  /** The error of reading {@code file}, strictly and leniently alike (whole-file problems). */
  private String error(Path file) {
    PaperkgException strict =
        assertThrows(PaperkgException.class, () -> read(file, BadRecords.strict()));
    PaperkgException lenient = assertThrows(PaperkgException.class, () -> lenient(file));
    assertEquals(ExitCodes.USAGE, lenient.exitCode());
    assertEquals(1, lenient.getMessage().lines().count(), lenient.getMessage());
    assertTrue(lenient.getMessage().startsWith(strict.getMessage()), lenient.getMessage());
    assertEquals("", warnings.toString(), "a file without good records warns about nothing");
    return lenient.getMessage();
  }

  @ParameterizedTest
  @ValueSource(strings = {"jsonl", "txt", "json", "html", "atom"})
  void emptyFile(String ext) throws IOException {
    Path p = file("empty." + ext, "");
    assertEquals(p + ": empty file", error(p));
  }

  @ParameterizedTest
  @ValueSource(strings = {"jsonl", "txt", "json", "html", "atom"})
  void binaryJunkIsNotUtf8(String ext) throws IOException {
    byte[] junk = new byte[4096];
    new java.util.Random(42).nextBytes(junk);
    Path p = file("junk." + ext, junk);
    assertTrue(error(p).startsWith(p + ":"), p.toString());
  }

  @Test
  void invalidUtf8NamesTheLine() throws IOException {
    byte[] head = (GOOD + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] bad = "{\"title\":\"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[head.length + bad.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(bad, 0, all, head.length, bad.length);
    Path jsonl = file("latin1.jsonl", all);
    assertEquals(1, lenient(jsonl).size());
    assertEquals(
        "paperkg: warning: " + jsonl + ":2: not UTF-8 (byte 0xe9) (record skipped)",
        warnings.toString().strip());
    warnings.getBuffer().setLength(0);
    Path json = file("latin1.json", "[\n{\"title\":\"ok\"},\n{\"title\":\"caf\u00e9\"}]");
    Files.write(json, Files.readString(json).getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(json + ":3: not UTF-8 (byte 0xe9)", error(json));
    Path txt = file("latin1.txt", "Title\n\nAbstract caf\u00e9.\n");
    Files.write(txt, Files.readString(txt).getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(txt + ":3: not UTF-8 (byte 0xe9)", error(txt));
  }

  @Test
  void truncatedJson() throws IOException {
    Path json = file("cut.json", "[{\"paper\": {\"id\": \"1\", \"title\": \"x\"");
    String msg = error(json);
    assertTrue(msg.startsWith(json + ":1: invalid JSON: Unexpected end-of-input"), msg);
    assertTrue(!msg.contains("Source:"), msg);
  }

  @Test
  void wrongShapeJson() throws IOException {
    Path obj = file("shape.json", "{\"hello\": 1}");
    assertEquals(
        obj
            + ": not Hugging Face papers JSON (expected an array, {\"dailyPapers\": [...]} or a"
            + " paper)",
        error(obj));
    Path numbers = file("numbers.json", "[1, 2]");
    assertEquals(
        numbers
            + "#1: expected a paper object, found NUMBER; no good paper in the input (and 1 more"
            + " bad records)",
        error(numbers));
    Path lines = file("arrays.jsonl", "[1]\n[2]\n");
    assertEquals(
        lines
            + ":1: expected one JSON object per line; no good paper in the input (and 1 more"
            + " bad records)",
        error(lines));
  }

  @Test
  void tenMegabyteLineIsABadRecordNotAnOutOfMemoryError() throws IOException {
    String huge = "{\"title\":\"big\",\"abstract\":\"" + "a".repeat(10 << 20) + "\"}";
    Path p = file("huge.jsonl", huge + "\n" + GOOD + "\n");
    List<Paper> papers = lenient(p);
    assertEquals(List.of("Good"), papers.stream().map(Paper::title).toList());
    assertTrue(
        warnings.toString().contains(p + ":1: line longer than the limit of 1048576 bytes"),
        warnings.toString());
    PaperkgException strict =
        assertThrows(PaperkgException.class, () -> read(p, BadRecords.strict()));
    assertEquals(p + ":1: line longer than the limit of 1048576 bytes", strict.getMessage());
  }

  @Test
  void oversizedTitleOrAbstractIsABadRecord() throws IOException {
    String longAbstract =
        "{\"title\":\"t\",\"abstract\":\"" + "word ".repeat(InputLimits.MAX_ABSTRACT_CHARS) + "\"}";
    String longTitle = "{\"title\":\"" + "t".repeat(InputLimits.MAX_TITLE_CHARS + 1) + "\"}";
    Path p = file("long.jsonl", longAbstract + "\n" + longTitle + "\n" + GOOD + "\n");
    assertEquals(1, lenient(p).size());
    assertTrue(warnings.toString().contains(p + ":1: abstract longer than the limit of 20000"));
    assertTrue(warnings.toString().contains(p + ":2: title longer than the limit of 1000"));
  }

  @Test
  void oneBadRecordAmongGoodOnesPerReader() throws IOException {
    Path jsonl = file("mixed.jsonl", GOOD + "\n{\"id\": \"2\", \"title\n" + GOOD + "\n");
    assertEquals(2, lenient(jsonl).size());
    Path json = file("mixed.json", "[{\"title\":\"a\"}, {\"id\":\"no title\"}, {\"title\":\"b\"}]");
    assertEquals(2, lenient(json).size());
    Path atom =
        file(
            "mixed.atom",
            "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
                + "<entry><id>http://arxiv.org/abs/2501.00001v1</id><title>A</title></entry>\n"
                + "<entry><id>http://arxiv.org/abs/2501.00002v1</id><title></title></entry>\n"
                + "<entry><id>http://arxiv.org/abs/2501.00003v1</id><title>C</title>"
                + "<published>someday</published></entry>\n</feed>\n");
    assertEquals(1, lenient(atom).size());
    Path txt =
        file(
            "mixed.txt",
            "First\n\nAbstract one.\n\n• 3 authors\n·\nMar 13\n\n"
                + "Second\n\nAbstract two.\n\n• 3 authors\n·\nSmarch 99\n\n"
                + "Third\n\nAbstract three.\n");
    assertEquals(List.of("First", "Third"), lenient(txt).stream().map(Paper::title).toList());
    String w = warnings.toString();
    assertTrue(w.contains(jsonl + ":2: invalid JSON"), w);
    assertTrue(w.contains(json + "#2: paper without a title"), w);
    assertTrue(w.contains(atom + ":3: entry without <id> or <title>"), w);
    assertTrue(w.contains(atom + ":4: not an ISO date: 'someday'"), w);
    assertTrue(w.contains(txt + ":15: unreadable date 'Smarch 99'"), w);
    assertEquals(5, w.lines().count(), w);
  }

  /**
   * Found by fuzzing hf-text: NumberFormatException and IllegalStateException escaped the reader.
   */
  @Test
  void fuzzFindingsAreBadRecords() throws IOException {
    Path txt =
        file(
            "fuzzed.txt",
            "One\n\nAbstract.\n\n• 99999999999 authors\n·\nMar 13\n\n"
                + "Two\n\nAbstract.\n\nacme Acme\rCorp\u0085x\n·\nMar 13 99999999999\n\n"
                + "Three\n\nAbstract.\n\nacme Acme\rCorp\n·\nMar 13\n");
    assertEquals(List.of("Three"), lenient(txt).stream().map(Paper::title).toList());
    assertTrue(
        warnings.toString().contains(txt + ":5: number too large: 99999999999"),
        warnings.toString());
    assertTrue(
        warnings.toString().contains(txt + ":15: number too large: 99999999999"),
        warnings.toString());
  }

  /** Found by fuzzing arxiv-atom: an author without a name was a NullPointerException. */
  @Test
  void atomAuthorWithoutNameIsSkipped() throws IOException {
    Path atom =
        file(
            "noname.atom",
            "<feed><entry><id>http://arxiv.org/abs/2501.00001v1</id><title>A</title>"
                + "<author><arxiv:affiliation>Uni</arxiv:affiliation></author>"
                + "<author><name>Ada</name></author></entry></feed>");
    List<Paper> papers = read(atom, BadRecords.strict());
    assertEquals(List.of(Author.of("Ada")), papers.get(0).authors());
  }

  @Test
  void strictMakesTheFirstBadRecordFatal() throws IOException {
    Path jsonl = file("mixed.jsonl", GOOD + "\n{\"id\": \"2\"}\n" + GOOD + "\n");
    PaperkgException e =
        assertThrows(PaperkgException.class, () -> read(jsonl, BadRecords.strict()));
    assertEquals(jsonl + ":2: paper without a \"title\"", e.getMessage());
  }

  @Test
  void countsAndWarnsEachBadRecord() throws IOException {
    // the commands read an input once (InputsReadOnceTest), so nothing is de-duplicated here
    Path jsonl = file("mixed.jsonl", GOOD + "\n{\"id\": \"2\"}\n{\"id\": \"3\"}\n");
    BadRecords bad = BadRecords.lenient(new PrintWriter(warnings, true));
    read(jsonl, bad);
    assertEquals(2, bad.count());
    assertEquals(2, warnings.toString().lines().count(), warnings.toString());
  }

  @Test
  void warningsStopAfterTheLimitButCountingGoesOn() throws IOException {
    StringBuilder text = new StringBuilder(GOOD + "\n");
    for (int i = 0; i < 50; i++) {
      text.append("{\"id\": \"").append(i).append("\"}\n");
    }
    Path jsonl = file("many.jsonl", text.toString());
    BadRecords bad = BadRecords.lenient(new PrintWriter(warnings, true));
    read(jsonl, bad);
    assertEquals(50, bad.count());
    assertEquals(BadRecords.MAX_WARNINGS + 1, warnings.toString().lines().count());
  }
}
