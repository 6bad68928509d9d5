package paperkg.source;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperkg.PaperkgException;

class PaperSourcesTest {
  private static final ReaderSettings Y2025 = new ReaderSettings(2025);
  private static final String PAPER_LINE =
      "{\"id\":\"2401.00001\",\"title\":\"T\",\"abstract\":\"A\"}\n";

  @TempDir Path dir;

  private static List<Paper> readAll(List<String> inputs, String format) {
    List<Paper> out = new ArrayList<>();
    PaperSources.read(inputs, format, Y2025, out::add);
    return out;
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  @Test
  void seedThroughTheEntryPoint() {
    String seed = Papers.SEED.toString();
    List<PaperSources.Input> inputs = PaperSources.resolve(List.of(seed), null);
    assertEquals(PaperReaders.HF_TEXT, inputs.get(0).format());
    assertEquals(87, readAll(List.of(seed), null).size());
  }

  @Test
  void directoryIsWalkedSortedSkippingHiddenAndUnknown() throws IOException {
    write("b/two.jsonl", PAPER_LINE);
    write("a.jsonl", PAPER_LINE);
    write("notes.md", "not a paper");
    write(".hidden.jsonl", "broken");
    write(".git/c.jsonl", "broken");
    write("graph.ttl", "@prefix x: <http://x/> .");
    List<PaperSources.Input> inputs = PaperSources.resolve(List.of(dir.toString()), null);
    assertEquals(
        List.of(dir.resolve("a.jsonl"), dir.resolve("b/two.jsonl"), dir.resolve("graph.ttl")),
        inputs.stream().map(PaperSources.Input::path).toList());
    assertTrue(inputs.get(2).isRdf());
    assertFalse(inputs.get(0).isRdf());
    // Routing RDF is the caller's job; reading it as papers is refused with a clear message.
    PaperkgException e =
        assertThrows(
            PaperkgException.class, () -> PaperSources.read(inputs.get(2), Y2025, p -> {}));
    assertEquals(
        dir.resolve("graph.ttl") + ": format rdf is loaded as RDF, not read as papers",
        e.getMessage());
    List<Paper> papers = new ArrayList<>();
    inputs.stream().filter(i -> !i.isRdf()).forEach(i -> PaperSources.read(i, Y2025, papers::add));
    assertEquals(2, papers.size());
    assertEquals(dir.resolve("b/two.jsonl") + ":1", papers.get(1).source());
  }

  @Test
  void emptyDirectoryIsAUsageError() throws IOException {
    write("notes.md", "x");
    PaperkgException e =
        assertThrows(
            PaperkgException.class, () -> PaperSources.resolve(List.of(dir.toString()), null));
    assertTrue(
        e.getMessage().startsWith(dir + ": no importable files (known extensions: txt, json, html"),
        e.getMessage());
  }

  @Test
  void missingFile() {
    PaperkgException e =
        assertThrows(
            PaperkgException.class,
            () -> PaperSources.resolve(List.of("no/such/file.jsonl"), null));
    assertEquals("no/such/file.jsonl: no such file", e.getMessage());
    assertEquals(2, e.exitCode());
  }

  @Test
  void forcedFormatWinsOverExtension() throws IOException {
    Path p = write("listing.txt", PAPER_LINE);
    assertEquals(
        PaperReaders.JSONL, PaperSources.resolve(List.of(p.toString()), "jsonl").get(0).format());
    assertEquals("2401.00001", readAll(List.of(p.toString()), "ndjson").get(0).id());
    assertThrows(PaperkgException.class, () -> PaperSources.resolve(List.of(p.toString()), "pdf"));
  }

  @Test
  void gzipIsReadTransparently() throws IOException {
    Path gz = dir.resolve("corpus.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write((PAPER_LINE + PAPER_LINE.replace("00001", "00002")).getBytes(UTF_8));
    }
    assertEquals(
        PaperReaders.JSONL, PaperSources.resolve(List.of(gz.toString()), null).get(0).format());
    assertEquals(
        List.of("2401.00001", "2401.00002"),
        readAll(List.of(gz.toString()), null).stream().map(Paper::id).toList());
    // No extension to go by: the sniff looks inside the gzip.
    Path bare = dir.resolve("download");
    Files.copy(gz, bare);
    assertEquals(
        PaperReaders.JSONL, PaperSources.resolve(List.of(bare.toString()), null).get(0).format());
  }

  @Test
  void fileWithoutExtensionIsSniffed() throws IOException {
    Path p = write("feed", Files.readString(Papers.TESTDATA.resolve("arxiv-feed.atom")));
    assertEquals(
        PaperReaders.ARXIV_ATOM, PaperSources.resolve(List.of(p.toString()), null).get(0).format());
    assertEquals(3, readAll(List.of(p.toString()), null).size());
  }

  @Test
  void stdinIsSniffedWithoutLosingBytes() {
    InputStream saved = System.in;
    try {
      System.setIn(new ByteArrayInputStream(PAPER_LINE.getBytes(UTF_8)));
      List<PaperSources.Input> inputs = PaperSources.resolve(List.of("-"), null);
      PaperSources.Input in = inputs.get(0);
      assertTrue(in.isStdin());
      assertNull(in.path());
      assertEquals("-", in.name());
      assertEquals(PaperReaders.JSONL, in.format());
      List<Paper> papers = new ArrayList<>();
      PaperSources.read(in, Y2025, papers::add);
      assertEquals("-:1", papers.get(0).source());
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void truncatedJsonLineThroughTheEntryPoint() throws IOException {
    Path p = write("bad.jsonl", PAPER_LINE + "{\"id\": \"2\", \"title\": \"cut");
    PaperkgException e =
        assertThrows(PaperkgException.class, () -> readAll(List.of(p.toString()), null));
    assertTrue(e.getMessage().startsWith(p + ":2: invalid JSON: "), e.getMessage());
  }

  @Test
  void brokenGzipIsBadInput() throws IOException {
    Path p = dir.resolve("x.jsonl.gz");
    Files.write(p, new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0});
    PaperkgException e =
        assertThrows(PaperkgException.class, () -> readAll(List.of(p.toString()), null));
    assertTrue(e.getMessage().startsWith(p + ": "), e.getMessage());
  }
}
