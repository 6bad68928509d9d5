package paperkg.source.http;

import java.net.URI;
import java.nio.file.Path;

/**
 * One response body, on disk (in the cache, or a temporary file without one).
 *
 * @param contentType the response's Content-Type, or null
 * @param fromCache true when no request was made
 */
public record FetchedPage(URI uri, Path body, String contentType, boolean fromCache) {}
