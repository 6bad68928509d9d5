package paperkg.source.http;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * At most one request per interval to each host. arXiv's API terms ask for one request every three
 * seconds (also for export.arxiv.org's OAI-PMH); OpenAlex allows 10 per second and Crossref's
 * polite pool about 10, so other hosts get a small gap that keeps paging well inside those.
 */
final class HostThrottle {
  static final Duration ARXIV = Duration.ofSeconds(3);
  static final Duration OTHER = Duration.ofMillis(200);

  private final Map<String, Long> nextAllowed = new HashMap<>();

  static Duration interval(String host) {
    String h = host == null ? "" : host.toLowerCase(Locale.ROOT);
    return h.equals("arxiv.org") || h.endsWith(".arxiv.org") ? ARXIV : OTHER;
  }

  /** Waits until the host may be asked again, and books the following slot. */
  synchronized void await(String host) throws InterruptedException {
    long now = System.nanoTime();
    Long next = nextAllowed.get(host);
    if (next != null && next > now) {
      long wait = next - now;
      Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      now = System.nanoTime();
    }
    nextAllowed.put(host, now + interval(host).toNanos());
  }
}
