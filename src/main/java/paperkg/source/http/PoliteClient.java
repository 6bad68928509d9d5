package paperkg.source.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import paperkg.ExitCodes;
import paperkg.PaperkgException;

/**
 * GET with the manners public scholarly APIs ask for: an identifying User-Agent with a contact (and
 * OpenAlex's and Crossref's {@code mailto}), one request at a time per host at the host's rate
 * ({@link HostThrottle}), retries with exponential backoff on 429, 5xx, timeouts and cut-off bodies
 * that honour {@code Retry-After}, connect and read timeouts, and a size limit. Successful bodies
 * go to the {@link ResponseCache}.
 *
 * <p>Failures are one line naming the URL: an HTTP error status is bad input (exit 2) when the
 * client is at fault (4xx other than 429), a connection problem (exit 3) when the host cannot be
 * reached or keeps failing.
 */
public final class PoliteClient {
  private final HttpOptions options;
  private final HttpClient client;
  private final HostThrottle throttle = new HostThrottle();
  private final ResponseCache cache;
  private final AtomicInteger requests = new AtomicInteger();

  public PoliteClient(HttpOptions options) {
    this.options = options;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(options.connectTimeout())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    this.cache = options.cacheDir() == null ? null : new ResponseCache(options.cacheDir());
  }

  /** Requests sent so far (cache hits are not requests). */
  public int requests() {
    return requests.get();
  }

  public HttpOptions options() {
    return options;
  }

  /** The URL as it is requested: with {@code mailto} for the APIs whose polite pool wants one. */
  public URI polite(URI uri) {
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    boolean wantsMailto = host.equals("api.openalex.org") || host.equals("api.crossref.org");
    String query = uri.getRawQuery();
    if (!wantsMailto || options.contact() == null || (query != null && query.contains("mailto="))) {
      return uri;
    }
    String mailto = "mailto=" + URLEncoder.encode(options.contact(), StandardCharsets.UTF_8);
    return URI.create(uri.toString() + (query == null ? "?" : "&") + mailto);
  }

  /**
   * The body of a 2xx response to GET {@code uri}, from the cache when it has it (unless
   * refreshing).
   */
  public FetchedPage get(URI uri) {
    if (cache != null && !options.refresh()) {
      Optional<FetchedPage> hit = cache.get(uri);
      if (hit.isPresent()) {
        return hit.get();
      }
    }
    Duration wait = options.backoff();
    for (int attempt = 0; ; attempt++) {
      boolean last = attempt >= options.retries();
      Attempt a = attempt(uri);
      if (a.page != null) {
        return a.page;
      }
      if (!a.retryable || last) {
        throw a.failure(attempt + 1);
      }
      Duration pause = a.retryAfter != null ? a.retryAfter : wait;
      if (pause.compareTo(options.maxWait()) > 0) {
        throw new PaperkgException(
            ExitCodes.STORE,
            uri
                + ": "
                + a.what
                + ", and the server asks to wait "
                + pause.toSeconds()
                + " s (more than the "
                + options.maxWait().toSeconds()
                + " s paperkg waits)");
      }
      sleep(pause);
      wait = wait.multipliedBy(2);
    }
  }

  /** What one request gave: a page, or why not and whether trying again may help. */
  private static final class Attempt {
    FetchedPage page;
    String what;
    boolean retryable;
    Duration retryAfter;
    int exitCode = ExitCodes.STORE;
    URI uri;

    PaperkgException failure(int attempts) {
      String tries = attempts > 1 ? " (after " + attempts + " attempts)" : "";
      return new PaperkgException(exitCode, uri + ": " + what + tries);
    }
  }

  private Attempt attempt(URI uri) {
    Attempt a = new Attempt();
    a.uri = uri;
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(options.readTimeout())
            .header("User-Agent", userAgent())
            .header("Accept-Encoding", "identity")
            .GET()
            .build();
    try {
      throttle.await(uri.getHost() == null ? "" : uri.getHost());
      requests.incrementAndGet();
      HttpResponse<InputStream> response =
          client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      int status = response.statusCode();
      try (InputStream body = response.body()) {
        if (status >= 200 && status < 300) {
          a.page = save(uri, body, response);
          return a;
        }
        body.transferTo(OutputStream.nullOutputStream());
      }
      a.what = "HTTP " + status + reason(status);
      a.retryable = status == 429 || status >= 500;
      a.exitCode = a.retryable ? ExitCodes.STORE : ExitCodes.USAGE;
      a.retryAfter =
          response.headers().firstValue("Retry-After").map(PoliteClient::retryAfter).orElse(null);
      return a;
    } catch (HttpConnectTimeoutException e) {
      a.what =
          "cannot connect to "
              + hostPort(uri)
              + " (timed out after "
              + options.connectTimeout().toSeconds()
              + " s)";
    } catch (HttpTimeoutException e) {
      a.what = "no response within " + options.readTimeout().toSeconds() + " s";
      a.retryable = true;
    } catch (ConnectException | UnknownHostException e) {
      a.what = "cannot connect to " + hostPort(uri) + " (" + message(e) + ")";
    } catch (TooLarge e) {
      a.what = e.getMessage();
      a.exitCode = ExitCodes.USAGE;
    } catch (IOException e) {
      if (e.getCause() instanceof ConnectException
          || e.getCause() instanceof UnknownHostException) {
        a.what = "cannot connect to " + hostPort(uri) + " (" + message(e.getCause()) + ")";
      } else {
        a.what = "the response broke off (" + message(e) + ")";
        a.retryable = true;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      a.what = "interrupted";
    }
    return a;
  }

  /** Streams the body to disk within the size limit; the cache gets it only when complete. */
  private FetchedPage save(URI uri, InputStream body, HttpResponse<?> response) throws IOException {
    long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
    if (declared > options.maxBytes()) {
      throw new TooLarge(declared);
    }
    Path tmp = cache != null ? cache.tempFile() : Files.createTempFile("paperkg-fetch", ".body");
    tmp.toFile().deleteOnExit();
    long n = 0;
    try (OutputStream out = Files.newOutputStream(tmp)) {
      byte[] buf = new byte[64 << 10];
      for (int r = body.read(buf); r >= 0; r = body.read(buf)) {
        n += r;
        if (n > options.maxBytes()) {
          throw new TooLarge(n);
        }
        out.write(buf, 0, r);
      }
    } catch (IOException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    String type = response.headers().firstValue("Content-Type").orElse(null);
    Path file = cache != null ? cache.put(uri, tmp, type) : tmp;
    return new FetchedPage(uri, file, type, false);
  }

  private final class TooLarge extends IOException {
    TooLarge(long bytes) {
      super(
          "the body is larger than the limit of "
              + (options.maxBytes() >> 20)
              + " MiB ("
              + bytes
              + " bytes)");
    }
  }

  private String userAgent() {
    String version = PoliteClient.class.getPackage().getImplementationVersion();
    String contact = options.contact() == null ? "" : "; mailto:" + options.contact();
    return "paperkg/"
        + (version == null ? "dev" : version)
        + " (+https://github.com/paperkg/paperkg"
        + contact
        + ")";
  }

  /** Retry-After as seconds or an HTTP date; null when unreadable. */
  static Duration retryAfter(String value) {
    String v = value.strip();
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
    } catch (NumberFormatException e) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration d = Duration.between(ZonedDateTime.now(), at);
        return d.isNegative() ? Duration.ZERO : d;
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }

  private static String reason(int status) {
    return switch (status) {
      case 400 -> " Bad Request";
      case 401 -> " Unauthorized";
      case 403 -> " Forbidden";
      case 404 -> " Not Found";
      case 410 -> " Gone";
      case 429 -> " Too Many Requests";
      case 500 -> " Internal Server Error";
      case 502 -> " Bad Gateway";
      case 503 -> " Service Unavailable";
      case 504 -> " Gateway Timeout";
      default -> "";
    };
  }

  private static String hostPort(URI uri) {
    return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
  }

  private static String message(Throwable e) {
    String m = e.getMessage();
    if (e instanceof UnknownHostException) {
      return "unknown host";
    }
    if (e instanceof ConnectException && (m == null || m.isBlank())) {
      return "connection refused"; // the JDK client's ConnectException for a closed port has no
      // message
    }
    return m == null || m.isBlank()
        ? e.getClass().getSimpleName()
        : m.lines().findFirst().orElse(m);
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PaperkgException(ExitCodes.STORE, "interrupted while waiting to retry");
    }
  }
}
