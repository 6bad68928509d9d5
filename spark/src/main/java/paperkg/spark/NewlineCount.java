package paperkg.spark;

import java.io.IOException;
import java.io.InputStream;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.Function;
import paperkg.PaperkgException;

/**
 * The cheap first pass over split JSON Lines: newlines per byte range (I/O only, no decoding), so
 * each slice learns how many lines precede it and papers keep the global {@code file:line} of the
 * CLI.
 */
final class NewlineCount implements Function<Slice, Long> {
  private static final long serialVersionUID = 1L;

  private final HadoopConf conf;

  NewlineCount(HadoopConf conf) {
    this.conf = conf;
  }

  @Override
  public Long call(Slice slice) {
    Path path = new Path(slice.file().uri());
    try (FSDataInputStream in = path.getFileSystem(conf.toConfiguration()).open(path)) {
      in.seek(slice.start());
      return count(in, slice.end() - slice.start());
    } catch (IOException e) {
      throw PaperkgException.badInput(slice.file().name(), 0, "cannot read: " + e.getMessage());
    }
  }

  static long count(InputStream in, long length) throws IOException {
    byte[] buf = new byte[1 << 16];
    long left = length;
    long newlines = 0;
    while (left > 0) {
      int n = in.read(buf, 0, (int) Math.min(buf.length, left));
      if (n < 0) {
        break;
      }
      for (int i = 0; i < n; i++) {
        if (buf[i] == '\n') {
          newlines++;
        }
      }
      left -= n;
    }
    return newlines;
  }
}
