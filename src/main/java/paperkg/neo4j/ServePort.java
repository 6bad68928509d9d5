package paperkg.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * The Bolt port of a running {@code paperkg serve}, kept in {@code <db>/paperkg-serve.port} (one
 * line) while it holds the store. Other commands on the same {@code --db} then talk to that server
 * instead of trying to open the locked store — and skip the store's start and shutdown, which is
 * most of a short command's time.
 */
public final class ServePort {
  public static final String FILE_NAME = "paperkg-serve.port";

  /** How long a live local server may take to accept; a stale file then costs at most this much. */
  private static final int PROBE_MILLIS = 300;

  private ServePort() {}

  public static Path file(Path dir) {
    return dir.resolve(FILE_NAME);
  }

  /** Records {@code port} for other commands; the caller deletes the file when it stops serving. */
  public static void write(Path dir, int port) {
    try {
      Files.writeString(file(dir), port + "\n", StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The port of a serve that answers on 127.0.0.1, if the file names one; a stale or garbled file
   * is ignored.
   */
  public static OptionalInt live(Path dir) {
    OptionalInt port = read(dir);
    return port.isPresent() && answers(port.getAsInt()) ? port : OptionalInt.empty();
  }

  static OptionalInt read(Path dir) {
    Path f = file(dir);
    if (!Files.isRegularFile(f)) {
      return OptionalInt.empty();
    }
    try {
      String line = Files.readString(f, StandardCharsets.US_ASCII).strip();
      int port = Integer.parseInt(line);
      return port > 0 && port < 65536 ? OptionalInt.of(port) : OptionalInt.empty();
    } catch (IOException | NumberFormatException e) {
      return OptionalInt.empty();
    }
  }

  static boolean answers(int port) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), PROBE_MILLIS);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
