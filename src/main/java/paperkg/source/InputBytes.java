package paperkg.source;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.io.input.ObservableInputStream;
import paperkg.PaperkgException;

/**
 * Bytes behind a {@link PaperSources.Input}: opening files or stdin with transparent gunzip,
 * sniffing without consuming stdin, and expanding directory arguments. A null path is stdin.
 */
final class InputBytes {
  /** Stdin is one stream per process; one buffered wrapper lets the sniff peek and reset. */
  private static InputStream stdinSource;

  private static BufferedInputStream stdinBuffer;

  private InputBytes() {}

  /** The input's bytes, gunzipped when they start with the gzip magic (whatever the name). */
  static InputStream open(Path path) throws IOException {
    return open(path == null ? stdin() : Files.newInputStream(path));
  }

  /**
   * As {@link #open(Path)}, counting the bytes taken from the file (or stdin) into {@code read}.
   */
  static InputStream open(Path path, LongConsumer read) throws IOException {
    InputStream raw = path == null ? stdin() : Files.newInputStream(path);
    return open(new ObservableInputStream(raw, new ByteCount(read)));
  }

  /** Tells each chunk's length to a consumer (commons-io calls {@code data(int)} per byte). */
  private static final class ByteCount extends ObservableInputStream.Observer {
    private final LongConsumer read;

    ByteCount(LongConsumer read) {
      this.read = read;
    }

    @Override
    public void data(int value) {
      read.accept(1);
    }

    @Override
    public void data(byte[] buffer, int offset, int length) {
      read.accept(length);
    }
  }

  /** The stream's bytes, gunzipped when they start with the gzip magic. */
  static InputStream open(InputStream raw) throws IOException {
    BufferedInputStream in =
        raw instanceof BufferedInputStream b ? b : new BufferedInputStream(raw);
    return isGzip(peek(in, 2)) ? new BufferedInputStream(new GZIPInputStream(in)) : in;
  }

  /** The sniffed format of a file or of stdin; stdin's bytes stay available for reading. */
  static Format sniff(Path path) {
    try {
      byte[] head;
      if (path == null) {
        head = peek(stdin(), FormatSniffer.HEAD_BYTES);
      } else {
        try (InputStream in = Files.newInputStream(path)) {
          head = in.readNBytes(FormatSniffer.HEAD_BYTES);
        }
      }
      return sniffHead(head);
    } catch (IOException e) {
      String name = path == null ? PaperSources.STDIN : path.toString();
      throw PaperkgException.badInput(name, 0, "cannot read: " + e.getMessage());
    }
  }

  /** The format of an input's first bytes, gunzipping a gzip head first. */
  static Format sniffHead(byte[] head) throws IOException {
    return FormatSniffer.sniff(isGzip(head) ? gunzipHead(head) : head);
  }

  /** Files under {@code dir} with a known extension, sorted, skipping hidden files and folders. */
  static List<Path> importable(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> Files.isRegularFile(p) && !isHidden(dir, p))
          .filter(p -> PaperReaders.byFileName(p.getFileName().toString()) != null)
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      throw PaperkgException.badInput(dir.toString(), 0, "cannot list: " + e.getMessage());
    }
  }

  /** Hidden if the file or any folder between it and the argument starts with a dot. */
  private static boolean isHidden(Path root, Path p) {
    for (Path part : root.relativize(p)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static synchronized BufferedInputStream stdin() {
    if (stdinSource != System.in) { // tests swap System.in; a new stream needs a new buffer
      stdinSource = System.in;
      stdinBuffer = new BufferedInputStream(System.in, FormatSniffer.HEAD_BYTES);
    }
    return stdinBuffer;
  }

  private static byte[] peek(BufferedInputStream in, int n) throws IOException {
    in.mark(n);
    byte[] head = in.readNBytes(n);
    in.reset();
    return head;
  }

  private static boolean isGzip(byte[] head) {
    return head.length >= 2 && head[0] == (byte) 0x1f && head[1] == (byte) 0x8b;
  }

  /** As much of the decompressed start as a cut-off gzip head yields. */
  private static byte[] gunzipHead(byte[] head) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head))) {
      byte[] buf = new byte[8192];
      for (int n = in.read(buf); n > 0 && out.size() < FormatSniffer.HEAD_BYTES; n = in.read(buf)) {
        out.write(buf, 0, n);
      }
    } catch (EOFException e) {
      // The head ends mid-stream; what came out so far is enough to sniff.
    }
    return out.toByteArray();
  }
}
