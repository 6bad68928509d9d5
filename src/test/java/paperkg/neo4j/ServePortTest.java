package paperkg.neo4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The port file of a running serve: read when something listens, ignored when stale or garbled. */
class ServePortTest {
  @TempDir Path dir;

  @Test
  void noFileNoServe() {
    assertTrue(ServePort.live(dir).isEmpty());
  }

  @Test
  void aListeningPortIsLive() throws IOException {
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      ServePort.write(dir, listener.getLocalPort());
      assertEquals(OptionalInt.of(listener.getLocalPort()), ServePort.live(dir));
    }
  }

  @Test
  void aStaleFileIsIgnored() throws IOException {
    int port;
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = listener.getLocalPort();
    }
    ServePort.write(dir, port);
    assertTrue(ServePort.live(dir).isEmpty());
  }

  @Test
  void aGarbledFileIsIgnored() throws IOException {
    Files.writeString(ServePort.file(dir), "not a port\n");
    assertTrue(ServePort.live(dir).isEmpty());
  }
}
