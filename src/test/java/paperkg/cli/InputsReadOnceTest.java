package paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperkg.PaperkgException;
import paperkg.ReadAhead;
import paperkg.source.BadRecords;
import paperkg.source.Paper;
import paperkg.source.ReaderSettings;

/**
 * The commands read their inputs once (issue 16: a counting pass made the import read everything
 * twice, and BadRecords hid the second report of each bad record): a bad record is warned and
 * counted once, the bytes counted are the file's size, and the estimated total is exact at the end.
 */
class InputsReadOnceTest {
  @TempDir Path dir;

  private static String line(int i) {
    return line(i, "A.");
  }

  private static String line(int i, String abstractText) {
    return "{\"id\":\"2401."
        + (10000 + i)
        + "\",\"title\":\"Paper "
        + i
        + "\",\"abstract\":\""
        + abstractText
        + "\"}\n";
  }

  @Test
  void aBadRecordIsWarnedAndCountedOnceAndEveryByteOnce() throws IOException {
    Path f =
        Files.writeString(
            dir.resolve("mixed.jsonl"), line(1) + "{\"id\": \"2\", \"title\n" + line(3));
    StringWriter warnings = new StringWriter();
    BadRecords bad = BadRecords.lenient(new PrintWriter(warnings, true));
    Inputs inputs = Inputs.resolve(List.of(f.toString()), null);
    ReadCount read = new ReadCount(inputs.paperBytes());
    List<Paper> papers = new ArrayList<>();

    try (ReadAhead<Paper> ahead = inputs.readAhead(new ReaderSettings(2025, bad), read)) {
      ahead.drainTo(papers::add);
    }

    assertEquals(2, papers.size());
    assertEquals(1, warnings.toString().lines().count(), warnings.toString());
    assertTrue(warnings.toString().startsWith("paperkg: warning: " + f + ":2: invalid JSON"));
    assertEquals(1, bad.count());
    assertEquals(Files.size(f), inputs.paperBytes());
    assertEquals(Files.size(f), read.bytesRead());
    assertEquals(2, read.papersRead());
    assertEquals(2, read.expectedPapers());
  }

  @Test
  void aBadRecordInsideTheReadAheadFailsBeforeAnythingIsConsumed() throws IOException {
    Path f = Files.writeString(dir.resolve("mixed.jsonl"), line(1) + "{\"id\": 2}\n");
    Inputs inputs = Inputs.resolve(List.of(f.toString()), null);
    PaperkgException e =
        assertThrows(
            PaperkgException.class,
            () ->
                inputs.readAhead(new ReaderSettings(2025, BadRecords.strict()), new ReadCount(0)));
    assertEquals(f + ":2: paper without a \"title\"", e.getMessage());
  }

  @Test
  void aBadRecordBeyondTheReadAheadFailsWhereItIs() throws IOException {
    StringBuilder text = new StringBuilder();
    int good = Inputs.READ_AHEAD + 5;
    // ~1 KB a line: the reader's buffer ahead of its last paper is small against the file
    String abstractText = "We study a method. ".repeat(50);
    for (int i = 1; i <= good; i++) {
      text.append(line(i, abstractText));
    }
    Path f = Files.writeString(dir.resolve("big.jsonl"), text + "{\"id\": 2}\n");
    Inputs inputs = Inputs.resolve(List.of(f.toString()), null);
    ReadCount read = new ReadCount(inputs.paperBytes());
    List<Paper> papers = new ArrayList<>();
    try (ReadAhead<Paper> ahead =
        inputs.readAhead(new ReaderSettings(2025, BadRecords.strict()), read)) {
      // the window is full before the bad line: the run starts, the estimate is near the truth
      long expected = read.expectedPapers();
      assertTrue(Math.abs(expected - good) < good / 10, "estimate " + expected + " of " + good);
      PaperkgException e = assertThrows(PaperkgException.class, () -> ahead.drainTo(papers::add));
      assertEquals(f + ":" + (good + 1) + ": paper without a \"title\"", e.getMessage());
    }
    assertEquals(good, papers.size());
  }
}
