package paperkg.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every line belongs to exactly one slice, whole, with the line count of the file before it. */
class SliceLinesTest {
  @TempDir Path dir;

  @Test
  void slicesCoverEveryLineOnceWithItsFileLineNumber() throws IOException {
    // real corpus lines, a blank line, a lone CR (not a line break), CRLF, and no newline at the
    // end
    var corpus =
        Files.readAllLines(
            Path.of("src/test/resources/data/corpus-24.jsonl"), StandardCharsets.UTF_8);
    String text =
        corpus.get(0).substring(0, 300)
            + "\n\n"
            + "a\rb\r\n"
            + corpus.get(1).substring(0, 90)
            + "\n"
            + "x\n"
            + corpus.get(2).substring(0, 200);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Path file = dir.resolve("lines.jsonl");
    Files.write(file, bytes);
    FileSystem fs = FileSystem.getLocal(new Configuration());
    InputFile input =
        new InputFile("lines.jsonl", file.toUri().toString(), "jsonl", bytes.length, true);
    for (int split = 1; split <= bytes.length + 1; split++) {
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      for (long start = 0; start < bytes.length; start += split) {
        long newlines;
        try (FileInputStream in = new FileInputStream(file.toFile())) {
          newlines = NewlineCount.count(in, start);
        }
        Slice slice =
            new Slice(0, 0, input, start, Math.min(start + split, bytes.length), newlines);
        int before = all.size();
        try (FSDataInputStream in = fs.open(new org.apache.hadoop.fs.Path(file.toUri()));
            SliceLines lines = SliceLines.open(in, slice)) {
          lines.transferTo(all);
          if (all.size() > before) {
            assertEquals(
                count(bytes, before),
                lines.linesBefore(),
                "lines before byte " + before + ", split " + split);
          }
        }
      }
      assertArrayEquals(bytes, all.toByteArray(), "split size " + split);
    }
  }

  private static long count(byte[] bytes, int before) {
    long n = 0;
    for (int i = 0; i < before; i++) {
      n += bytes[i] == '\n' ? 1 : 0;
    }
    return n;
  }
}
