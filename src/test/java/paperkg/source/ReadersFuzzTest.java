package paperkg.source;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import paperkg.PaperkgException;

/**
 * Jazzer fuzz tests, one per reader. Any input must give valid papers (non-blank title, id and
 * author names, within the limits, provenance naming the input, a DOI that is one) or a {@link
 * PaperkgException} whose message is one line and names the input ({@code fuzz:line: …} / {@code
 * fuzz#n: …}), never another exception, a hang or an OutOfMemoryError. The sniffer's choice must be
 * a registered format whose reader then copes with the same bytes. Without JAZZER_FUZZ these run in
 * regression mode: the inputs under {@code ReadersFuzzTestInputs/<method>} (seeds from real samples
 * and every crash found so far) run as ordinary tests. With {@code JAZZER_FUZZ=1} and {@code
 * -Dtest=ReadersFuzzTest#jsonl} one of them fuzzes; see docs/RELIABILITY.md.
 */
class ReadersFuzzTest {
  private static final ReaderSettings SETTINGS = new ReaderSettings(2025, BadRecords.lenient(null));

  @FuzzTest(maxDuration = "2m")
  void jsonl(byte[] input) {
    read(new JsonlReader(SETTINGS.badRecords()), input);
  }

  @FuzzTest(maxDuration = "2m")
  void hfText(byte[] input) {
    read(new HfTextReader(SETTINGS), input);
  }

  @FuzzTest(maxDuration = "2m")
  void hfJson(byte[] input) {
    read(new HfJsonReader(SETTINGS.badRecords()), input);
  }

  @FuzzTest(maxDuration = "2m")
  void hfHtml(byte[] input) {
    read(new HfHtmlReader(SETTINGS.badRecords()), input);
  }

  @FuzzTest(maxDuration = "2m")
  void arxivAtom(byte[] input) {
    read(new ArxivAtomReader(SETTINGS.badRecords()), input);
  }

  @FuzzTest(maxDuration = "2m")
  void openAlex(byte[] input) {
    read(new OpenAlexReader(SETTINGS.badRecords()), input);
  }

  @FuzzTest(maxDuration = "2m")
  void crossref(byte[] input) {
    read(new CrossrefReader(SETTINGS.badRecords()), input);
  }

  @FuzzTest(maxDuration = "2m")
  void s2(byte[] input) {
    read(new S2Reader(SETTINGS.badRecords()), input);
  }

  @FuzzTest(maxDuration = "2m")
  void arxivSnapshot(byte[] input) {
    read(new ArxivSnapshotReader(SETTINGS.badRecords()), input);
  }

  @FuzzTest(maxDuration = "2m")
  void arxivOai(byte[] input) {
    read(new ArxivOaiReader(SETTINGS.badRecords()), input);
  }

  /**
   * Whatever the sniffer picks is a known format, and that format's reader copes with the bytes.
   */
  @FuzzTest(maxDuration = "1m")
  void sniffer(byte[] input) {
    Format f = FormatSniffer.sniff(input);
    assertTrue(PaperReaders.formats().contains(f), "not a registered format: " + f);
    PaperReaders.reader(f, SETTINGS).ifPresent(reader -> read(reader, input));
  }

  private static void read(PaperReader reader, byte[] input) {
    try {
      reader.read(new ByteArrayInputStream(input), "fuzz", ReadersFuzzTest::check);
    } catch (PaperkgException expected) {
      assertOneLine(expected.getMessage());
      assertTrue(
          expected.getMessage().startsWith("fuzz"),
          "the error does not name the input: " + expected.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail to read
    }
  }

  private static void check(Paper p) {
    assertFalse(p.title().isBlank(), "blank title");
    assertTrue(p.title().length() <= InputLimits.MAX_TITLE_CHARS);
    assertTrue(p.abstractText().length() <= InputLimits.MAX_ABSTRACT_CHARS);
    assertFalse(p.id().isBlank(), "blank id");
    assertTrue(
        p.source() != null && p.source().startsWith("fuzz"),
        "provenance names the input: " + p.source());
    p.authors().forEach(a -> assertFalse(a.name().isBlank(), "blank author"));
    assertTrue(p.doi() == null || p.doi().startsWith("10."), "not a DOI: " + p.doi());
  }

  private static void assertOneLine(String message) {
    assertFalse(message.contains("\n") || message.contains("\r"), "multi-line error: " + message);
  }
}
