package paperkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import paperkg.PaperkgException;
import paperkg.source.http.HttpOptions;
import paperkg.testing.SampleServer;

/**
 * URL inputs against an in-process HTTP server (never the internet): formats, paging, faults, the
 * cache.
 */
class HttpSourcesTest {
  private static SampleServer server;
  @TempDir Path cache;

  @BeforeAll
  static void start() {
    server = new SampleServer();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private HttpOptions http() {
    return HttpOptions.defaults()
        .withCache(cache, false)
        .withLimits(1 << 20, Duration.ofSeconds(5), 2, Duration.ofMillis(50));
  }

  private List<Paper> read(String url, HttpOptions http) {
    List<Paper> papers = new ArrayList<>();
    for (PaperSources.Input input : PaperSources.resolve(List.of(url), null, http)) {
      PaperSources.read(input, new ReaderSettings(2025), papers::add);
    }
    return papers;
  }

  @ParameterizedTest
  @CsvSource({
    "openalex_works_page1.json, openalex, 5",
    "crossref_works.json, crossref, 20",
    "s2_paper_search_arxiv.json, s2, 5",
    "s2_paper_batch.json, s2, 3",
    "hf_daily_papers.json, hf-json, 30",
    "arxiv_snapshot_sample.jsonl, arxiv-snapshot, 200",
    "arxiv_oai_listrecords_arXiv.xml, arxiv-oai, 3",
    "arxiv_atom_affiliations.xml, arxiv-atom, 1",
    "arxiv_atom_search_page.xml, arxiv-atom, 100",
    "hf_paper_page_2509.24002_prettified.html, hf-html, 1"
  })
  void everySampleOverHttpIsTypedAndRead(String sample, String format, int papers) {
    String url = server.base() + "/samples/" + sample;
    List<PaperSources.Input> inputs = PaperSources.resolve(List.of(url), null, http());
    assertEquals(1, inputs.size());
    assertEquals(format, inputs.get(0).format().name());
    assertEquals(url, inputs.get(0).name());
    assertEquals(papers, read(url, http()).size());
  }

  @Test
  void openAlexCursorPagesAreFollowed() {
    int before = server.hits("/works");
    List<Paper> papers = read(server.base() + "/works?filter=type:article&cursor=*", http());
    assertEquals(5, papers.size());
    assertEquals(2, server.hits("/works") - before, "pages of 3 and 2: two requests");
    assertTrue(
        papers.get(4).source().startsWith(server.base() + "/works?filter=type:article&cursor=p2"),
        papers.get(4).source());
  }

  @Test
  void crossrefCursorPagesAreFollowedAndAnEmptyLastPageIsFine() {
    int before = server.hits("/crossref/works");
    List<Paper> papers =
        read(server.base() + "/crossref/works?query=ecology&rows=10&cursor=*", http());
    assertEquals(20, papers.size());
    assertEquals(3, server.hits("/crossref/works") - before, "10 + 10 + an empty last page");
  }

  @Test
  void arxivApiStartAdvancesUpToTotalResults() {
    int before = server.hits("/api/query");
    List<Paper> papers =
        read(server.base() + "/api/query?search_query=all:testing&start=0&max_results=100", http());
    assertEquals(101, papers.size());
    assertEquals(2, server.hits("/api/query") - before);
    assertEquals("astro-ph/0601001", papers.get(100).id());
  }

  @Test
  void maxPagesStopsPaging() {
    List<Paper> papers = read(server.base() + "/works?cursor=*", http().withMaxPages(1));
    assertEquals(3, papers.size());
  }

  @Test
  void oaiResumptionTokenIsFollowed() {
    int before = server.hits("/oai2");
    List<Paper> papers =
        read(server.base() + "/oai2?verb=ListRecords&metadataPrefix=arXiv", http());
    assertEquals(3, papers.size());
    assertEquals(2, server.hits("/oai2") - before);
  }

  @Test
  void aCachedResponseIsNotFetchedAgainUnlessRefreshing() {
    String url = server.base() + "/samples/crossref_work_single_srep16696.json";
    int before = server.hits("/samples/crossref_work_single_srep16696.json");
    assertEquals(1, read(url, http()).size());
    assertEquals(1, read(url, http()).size());
    assertEquals(1, server.hits("/samples/crossref_work_single_srep16696.json") - before);
    assertEquals(1, read(url, http().withCache(cache, true)).size());
    assertEquals(2, server.hits("/samples/crossref_work_single_srep16696.json") - before);
  }

  @Test
  void a429IsRetriedAfterRetryAfter() {
    long t0 = System.nanoTime();
    assertEquals(5, read(server.base() + "/flaky", http()).size());
    assertEquals(2, server.hits("/flaky"));
    assertTrue(System.nanoTime() - t0 >= 900_000_000L, "waited for Retry-After: 1");
  }

  @Test
  void a404IsOneLineWithTheStatus() {
    PaperkgException e =
        assertThrows(PaperkgException.class, () -> read(server.base() + "/missing", http()));
    assertEquals(server.base() + "/missing: HTTP 404 Not Found", e.getMessage());
    assertEquals(2, e.exitCode());
    assertEquals(1, server.hits("/missing"), "a 404 is not retried");
  }

  @Test
  void aTruncatedBodyIsRetriedThenFails() {
    PaperkgException e =
        assertThrows(PaperkgException.class, () -> read(server.base() + "/truncated", http()));
    assertTrue(
        e.getMessage().startsWith(server.base() + "/truncated: the response broke off"),
        e.getMessage());
    assertTrue(e.getMessage().endsWith("(after 3 attempts)"), e.getMessage());
    assertEquals(3, e.exitCode());
    assertEquals(3, server.hits("/truncated"));
  }

  @Test
  void aBodyOfNoKnownFormatIsBadInput() {
    PaperkgException e =
        assertThrows(PaperkgException.class, () -> read(server.base() + "/junk", http()));
    assertTrue(e.getMessage().contains("not a known format"), e.getMessage());
    assertEquals(2, e.exitCode());
  }

  @Test
  void anUnreachableHostIsExit3() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String url = "http://127.0.0.1:" + port + "/works";
    PaperkgException e = assertThrows(PaperkgException.class, () -> read(url, http()));
    assertTrue(
        e.getMessage().startsWith(url + ": cannot connect to 127.0.0.1:" + port), e.getMessage());
    assertEquals(3, e.exitCode());
  }

  @Test
  void aBodyOverTheSizeLimitIsRefused() {
    HttpOptions small = http().withLimits(1000, Duration.ofSeconds(5), 0, Duration.ofMillis(50));
    PaperkgException e =
        assertThrows(
            PaperkgException.class,
            () -> read(server.base() + "/samples/crossref_works.json", small));
    assertTrue(e.getMessage().contains("larger than the limit"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
  }
}
