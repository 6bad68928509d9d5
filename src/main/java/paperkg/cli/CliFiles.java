package paperkg.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.io.output.WriterOutputStream;
import paperkg.PaperkgException;

/** Small file helpers shared by commands. */
final class CliFiles {
  private CliFiles() {}

  /** The argument itself, or the content of FILE when written as {@code @FILE}. */
  static String textOrFile(String arg) {
    if (!arg.startsWith("@")) {
      return arg;
    }
    Path path = Path.of(arg.substring(1));
    try {
      return Files.readString(path);
    } catch (java.nio.file.NoSuchFileException e) {
      // as import says it, not "nofile.cypher: cannot read: nofile.cypher"
      throw PaperkgException.badInput(path, 0, "no such file");
    } catch (IOException e) {
      throw PaperkgException.badInput(path, 0, "cannot read: " + e.getMessage());
    }
  }

  /**
   * The command's writer as a byte stream (Jena writes bytes), so output goes where picocli's does
   * and in-process runs and tests capture it. Closing it flushes but leaves the writer open:
   * picocli owns it.
   */
  static OutputStream stream(PrintWriter writer) throws IOException {
    OutputStream toWriter =
        WriterOutputStream.builder().setWriter(writer).setCharset(StandardCharsets.UTF_8).get();
    return new FilterOutputStream(toWriter) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        out.flush();
        writer.flush();
      }
    };
  }
}
