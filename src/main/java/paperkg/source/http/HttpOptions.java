package paperkg.source.http;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How paperkg fetches {@code http(s)://} inputs.
 *
 * @param contact who to write to about the traffic (an e-mail address): goes into the User-Agent
 *     and, for OpenAlex and Crossref, the {@code mailto} their "polite pool" asks for; null for
 *     none
 * @param cacheDir where response bodies are kept (a re-run reads them instead of the network);
 *     null: no cache
 * @param refresh fetch again even when the cache has the URL
 * @param maxPages pages followed per URL argument (the first page counts)
 * @param maxBytes largest body accepted
 * @param retries further attempts after a 429, a 5xx or a cut-off body
 * @param backoff wait before the first retry (doubled each time) when the server sends no
 *     Retry-After
 * @param maxWait longest wait accepted from a Retry-After
 */
public record HttpOptions(
    String contact,
    Path cacheDir,
    boolean refresh,
    int maxPages,
    long maxBytes,
    Duration connectTimeout,
    Duration readTimeout,
    int retries,
    Duration backoff,
    Duration maxWait) {
  public static final int DEFAULT_MAX_PAGES = 50;
  public static final long DEFAULT_MAX_BYTES = 64L << 20;

  public HttpOptions {
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    if (maxPages < 1) {
      throw new IllegalArgumentException("maxPages must be at least 1: " + maxPages);
    }
  }

  /** The defaults: contact from PAPERKG_CONTACT, no cache. */
  public static HttpOptions defaults() {
    return new HttpOptions(
        System.getenv("PAPERKG_CONTACT"),
        null,
        false,
        DEFAULT_MAX_PAGES,
        DEFAULT_MAX_BYTES,
        Duration.ofSeconds(10),
        Duration.ofSeconds(60),
        4,
        Duration.ofSeconds(2),
        Duration.ofSeconds(120));
  }

  public HttpOptions withCache(Path dir, boolean refresh) {
    return new HttpOptions(
        contact,
        dir,
        refresh,
        maxPages,
        maxBytes,
        connectTimeout,
        readTimeout,
        retries,
        backoff,
        maxWait);
  }

  public HttpOptions withContact(String contact) {
    return new HttpOptions(
        contact,
        cacheDir,
        refresh,
        maxPages,
        maxBytes,
        connectTimeout,
        readTimeout,
        retries,
        backoff,
        maxWait);
  }

  public HttpOptions withMaxPages(int pages) {
    return new HttpOptions(
        contact,
        cacheDir,
        refresh,
        pages,
        maxBytes,
        connectTimeout,
        readTimeout,
        retries,
        backoff,
        maxWait);
  }

  public HttpOptions withLimits(long bytes, Duration readTimeout, int retries, Duration backoff) {
    return new HttpOptions(
        contact,
        cacheDir,
        refresh,
        maxPages,
        bytes,
        connectTimeout,
        readTimeout,
        retries,
        backoff,
        maxWait);
  }
}
