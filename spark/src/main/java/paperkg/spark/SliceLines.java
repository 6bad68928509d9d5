package paperkg.spark;

import java.io.IOException;
import java.io.InputStream;
import org.apache.hadoop.fs.FSDataInputStream;

/**
 * The raw bytes of the lines a {@link Slice} owns: those that start in {@code [start, end)}. A line
 * that began before {@code start} belongs to the previous slice and is skipped; the last owned line
 * is read to its end, past {@code end}. Lines are split on {@code \n} only (not on {@code \r},
 * unlike Spark's text source) and the bytes are not decoded here: the core's reader does its strict
 * UTF-8 and size checks on them.
 */
final class SliceLines extends InputStream {
  private final FSDataInputStream in;
  private final long end;
  private long pos;
  private boolean atLineStart;
  private final long linesBefore;

  private SliceLines(FSDataInputStream in, long pos, long end, long linesBefore) {
    this.in = in;
    this.pos = pos;
    this.end = end;
    this.atLineStart = true;
    this.linesBefore = linesBefore;
  }

  /** Positions {@code in} at the slice's first owned line. */
  static SliceLines open(FSDataInputStream in, Slice slice) throws IOException {
    long pos = slice.start();
    long newlines = slice.newlinesBefore();
    if (pos > 0) {
      // a line starts at `start` only if the byte before it ends a line; else skip the rest of that
      // line
      in.seek(pos - 1);
      int b = in.read();
      while (b != '\n' && b >= 0) {
        b = in.read();
        pos++;
      }
      if (pos > slice.start()) {
        newlines++; // the newline that ended the skipped line lies inside the slice
      }
    } else {
      in.seek(0);
    }
    return new SliceLines(in, pos, slice.end(), newlines);
  }

  /** Lines of the file before the first line this stream yields. */
  long linesBefore() {
    return linesBefore;
  }

  @Override
  public int read() throws IOException {
    if (atLineStart && pos >= end) {
      return -1;
    }
    int b = in.read();
    if (b < 0) {
      return -1;
    }
    pos++;
    atLineStart = b == '\n';
    return b;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    // byte by byte up to the end of the range, then up to the end of the line that crosses it
    int n = 0;
    while (n < len) {
      if (atLineStart && pos >= end) {
        break;
      }
      if (pos < end) {
        // bulk within the range: every byte before end belongs to an owned line
        int chunk = (int) Math.min(len - n, end - pos);
        int r = in.read(buf, off + n, chunk);
        if (r < 0) {
          break;
        }
        pos += r;
        n += r;
        atLineStart = buf[off + n - 1] == '\n';
        continue;
      }
      int b = read();
      if (b < 0) {
        break;
      }
      buf[off + n++] = (byte) b;
    }
    return n == 0 ? -1 : n;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
