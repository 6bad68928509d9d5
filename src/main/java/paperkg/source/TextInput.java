package paperkg.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import paperkg.PaperkgException;

/**
 * Input bytes as UTF-8 text, strictly: invalid UTF-8 is an error at its line instead of silent
 * U+FFFD replacement, and the {@link InputLimits} hold. Line-based readers take one line at a time
 * ({@link #next()}); document readers take the whole text ({@link #document}).
 */
final class TextInput {
  /** One line without its terminator, and its 1-based number. */
  record Line(long number, String text) {}

  private final InputStream in;
  private final String source;
  private final byte[] buf = new byte[64 * 1024];
  private int pos;
  private int end;
  private long lineNo;
  private byte[] line = new byte[1024];

  TextInput(InputStream in, String source) {
    this(in, source, 0);
  }

  /**
   * Lines of a part of a larger input (a Spark split) that starts after {@code linesBefore} lines,
   * so line numbers (and the BOM rule of line 1) stay those of the whole input.
   */
  TextInput(InputStream in, String source, long linesBefore) {
    this.in = in;
    this.source = source;
    this.lineNo = linesBefore;
  }

  /**
   * The next line, or null at the end. A line that is too long or not UTF-8 throws bad input naming
   * it; the input is then already past that line, so a caller may skip it and go on.
   */
  Line next() throws IOException {
    int length = 0;
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (pos == end && !fill()) {
        if (!any) {
          return null;
        }
        break;
      }
      any = true;
      byte b = buf[pos++];
      if (b == '\n') {
        break;
      }
      if (length == InputLimits.MAX_LINE_BYTES) {
        tooLong = true; // keep reading to the line's end, so the next call starts on the next line
        continue;
      }
      if (length == line.length) {
        line = java.util.Arrays.copyOf(line, Math.min(line.length * 2, InputLimits.MAX_LINE_BYTES));
      }
      line[length++] = b;
    }
    lineNo++;
    if (tooLong) {
      throw PaperkgException.badInput(
          source, lineNo, "line longer than the limit of " + InputLimits.MAX_LINE_BYTES + " bytes");
    }
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    String text = decode(line, length, source, lineNo);
    return new Line(lineNo, lineNo == 1 ? text.replace("\uFEFF", "") : text);
  }

  /**
   * Every line of the input to {@code each}; a line that cannot be decoded goes to {@code errors}
   * (skipped unless strict), the rest go on.
   */
  static void eachLine(
      InputStream in, String source, ErrorHandler errors, java.util.function.Consumer<Line> each)
      throws IOException {
    eachLine(in, source, 0, errors, each);
  }

  /**
   * {@link #eachLine(InputStream, String, ErrorHandler, java.util.function.Consumer)} after {@code
   * linesBefore} lines.
   */
  static void eachLine(
      InputStream in,
      String source,
      long linesBefore,
      ErrorHandler errors,
      java.util.function.Consumer<Line> each)
      throws IOException {
    TextInput lines = new TextInput(in, source, linesBefore);
    while (true) {
      Line line;
      try {
        line = lines.next();
      } catch (PaperkgException e) {
        errors.error(e);
        continue;
      }
      if (line == null) {
        return;
      }
      each.accept(line);
    }
  }

  /**
   * The whole input as text, for formats parsed in memory (JSON, HTML, XML); bounded by {@link
   * InputLimits#MAX_DOCUMENT_BYTES}.
   */
  static String document(InputStream in, String source) throws IOException {
    byte[] bytes = in.readNBytes(InputLimits.MAX_DOCUMENT_BYTES + 1);
    if (bytes.length > InputLimits.MAX_DOCUMENT_BYTES) {
      throw PaperkgException.badInput(
          source,
          0,
          "larger than the limit of "
              + (InputLimits.MAX_DOCUMENT_BYTES >> 20)
              + " MiB for this format (split it, or convert it to jsonl)");
    }
    return decode(bytes, bytes.length, source, 0).replace("\uFEFF", "");
  }

  private boolean fill() throws IOException {
    end = in.read(buf);
    pos = 0;
    if (end < 0) {
      end = 0;
      return false;
    }
    return true;
  }

  /**
   * Strict UTF-8 decoding; an error names the line (counted from {@code firstLine}, or from the
   * newlines before the bad byte when {@code firstLine} is 0) and the byte.
   */
  private static String decode(byte[] bytes, int length, String source, long firstLine) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bb = ByteBuffer.wrap(bytes, 0, length);
    CharBuffer cb = CharBuffer.allocate(length);
    CoderResult result = decoder.decode(bb, cb, true);
    if (!result.isError()) {
      result = decoder.flush(cb);
    }
    if (result.isError()) {
      int at = bb.position();
      long line = firstLine > 0 ? firstLine : 1 + newlines(bytes, at);
      throw PaperkgException.badInput(
          source, line, String.format("not UTF-8 (byte 0x%02x)", bytes[at] & 0xff));
    }
    cb.flip();
    return cb.toString();
  }

  private static long newlines(byte[] bytes, int before) {
    long n = 0;
    for (int i = 0; i < before; i++) {
      if (bytes[i] == '\n') {
        n++;
      }
    }
    return n;
  }
}
