package paperkg.source;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import paperkg.PaperkgException;

/**
 * Jazzer fuzz tests, one per reader. Any input must give papers or a {@link PaperkgException}
 * with a one-line message, never another exception, a hang or an OutOfMemoryError. Without
 * JAZZER_FUZZ these run in regression mode: the inputs under {@code ReadersFuzzTestInputs/<method>}
 * (seeds and every crash found so far) run as ordinary tests. With {@code JAZZER_FUZZ=1} and
 * {@code -Dtest=ReadersFuzzTest#jsonl} one of them fuzzes; see docs/RELIABILITY.md.
 */
class ReadersFuzzTest {
  private static final ReaderSettings SETTINGS =
      new ReaderSettings(2025, BadRecords.lenient(null));

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

  @FuzzTest(maxDuration = "30s")
  void sniffer(byte[] input) {
    assertTrue(FormatSniffer.sniff(input) != null);
  }

  private static void read(PaperReader reader, byte[] input) {
    try {
      reader.read(new ByteArrayInputStream(input), "fuzz", ReadersFuzzTest::check);
    } catch (PaperkgException expected) {
      assertOneLine(expected.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail to read
    }
  }

  private static void check(Paper p) {
    assertFalse(p.title().isBlank(), "blank title");
    assertTrue(p.title().length() <= InputLimits.MAX_TITLE_CHARS);
    assertTrue(p.abstractText().length() <= InputLimits.MAX_ABSTRACT_CHARS);
    assertFalse(p.id().isBlank(), "blank id");
  }

  private static void assertOneLine(String message) {
    assertFalse(message.contains("\n") || message.contains("\r"), "multi-line error: " + message);
  }
}
