package paperkg.source.http;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Successful response bodies under a folder (the store's {@code http-cache/}): {@code <sha256 of
 * URL>.body} and a {@code .type} file with the Content-Type. Written to a temporary file and moved
 * into place, so an interrupted fetch never leaves half a body that a later run would trust.
 */
final class ResponseCache {
  private final Path dir;

  ResponseCache(Path dir) {
    this.dir = dir;
  }

  Optional<FetchedPage> get(URI uri) {
    Path body = body(uri);
    if (!Files.isRegularFile(body)) {
      return Optional.empty();
    }
    String type = null;
    try {
      Path t = type(uri);
      type = Files.isRegularFile(t) ? Files.readString(t, StandardCharsets.UTF_8).strip() : null;
    } catch (IOException e) {
      // no type: the format comes from the URL or the bytes
    }
    return Optional.of(
        new FetchedPage(uri, body, type == null || type.isEmpty() ? null : type, true));
  }

  /** Moves a complete body into the cache. */
  Path put(URI uri, Path tmp, String contentType) throws IOException {
    Files.createDirectories(dir);
    Path body = body(uri);
    Files.writeString(type(uri), contentType == null ? "" : contentType, StandardCharsets.UTF_8);
    Files.move(tmp, body, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return body;
  }

  Path tempFile() throws IOException {
    Files.createDirectories(dir);
    return Files.createTempFile(dir, "fetch", ".part");
  }

  private Path body(URI uri) {
    return dir.resolve(key(uri) + ".body");
  }

  private Path type(URI uri) {
    return dir.resolve(key(uri) + ".type");
  }

  private static String key(URI uri) {
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256")
              .digest(uri.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
