package paperkg.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-process HTTP server on 127.0.0.1 (the JDK's HttpServer) for the URL tests, which never
 * touch the internet. It serves the metadata samples under {@code /samples/NAME}, an OpenAlex-style
 * cursor API at {@code /works} (the 5 works of openalex_works_page1.json in pages of 3 and 2), an
 * OAI-PMH ListRecords in two pages at {@code /oai2}, and faults: {@code /flaky} (429 with
 * Retry-After: 1, then 200), {@code /missing} (404), {@code /truncated} (a Content-Length longer
 * than the body), {@code /junk} (bytes of no known format).
 */
public final class SampleServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> TYPES =
      Map.of(
          "json",
          "application/json",
          "jsonl",
          "application/x-ndjson",
          "xml",
          "application/xml",
          "html",
          "text/html; charset=utf-8");

  private final HttpServer server;
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

  public SampleServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/samples/", this::sample);
    server.createContext("/works", this::works);
    server.createContext("/oai2", this::oai);
    server.createContext("/crossref/works", this::crossref);
    server.createContext("/api/query", this::arxivApi);
    server.createContext("/flaky", this::flaky);
    server.createContext(
        "/missing",
        ex -> {
          count(ex);
          send(ex, 404, "text/plain", bytes("no such thing"));
        });
    server.createContext("/truncated", this::truncated);
    server.createContext(
        "/junk", ex -> send(ex, 200, "application/octet-stream", new byte[] {0, 1, 2, 3, 4, 5}));
    server.start();
  }

  /** {@code http://127.0.0.1:PORT} */
  public String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Requests a path received. */
  public int hits(String path) {
    return hits.getOrDefault(path, new AtomicInteger()).get();
  }

  private void count(HttpExchange ex) {
    hits.computeIfAbsent(ex.getRequestURI().getPath(), k -> new AtomicInteger()).incrementAndGet();
  }

  private void sample(HttpExchange ex) throws IOException {
    count(ex);
    String name = ex.getRequestURI().getPath().substring("/samples/".length());
    byte[] body = resource(name);
    if (body == null) {
      send(ex, 404, "text/plain", bytes("no sample " + name));
      return;
    }
    String ext = name.substring(name.lastIndexOf('.') + 1);
    String type =
        name.startsWith("arxiv_atom")
            ? "application/atom+xml"
            : TYPES.getOrDefault(ext, "text/plain");
    send(ex, 200, type, body);
  }

  /**
   * OpenAlex paging: {@code cursor=*} gives works 1-3 and next_cursor "p2"; "p2" gives 4-5 and
   * null.
   */
  private void works(HttpExchange ex) throws IOException {
    count(ex);
    String query = ex.getRequestURI().getRawQuery() == null ? "" : ex.getRequestURI().getRawQuery();
    JsonNode all = JSON.readTree(resource("openalex_works_page1.json"));
    boolean first = query.contains("cursor=*") || query.contains("cursor=%2A");
    boolean second = query.contains("cursor=p2");
    if (!first && !second) {
      send(ex, 400, "application/json", bytes("{\"error\":\"cursor expected\"}"));
      return;
    }
    ObjectNode page = JSON.createObjectNode();
    ObjectNode meta = page.putObject("meta");
    meta.put("count", 5);
    meta.put("per_page", 3);
    if (first) {
      meta.put("next_cursor", "p2");
    } else {
      meta.putNull("next_cursor");
    }
    ArrayNode results = page.putArray("results");
    for (int i = first ? 0 : 3; i < (first ? 3 : 5); i++) {
      results.add(all.get("results").get(i));
    }
    send(ex, 200, "application/json; charset=utf-8", JSON.writeValueAsBytes(page));
  }

  /** Crossref cursor paging: 10 items (next-cursor c2), 10 items (c3), then an empty last page. */
  private void crossref(HttpExchange ex) throws IOException {
    count(ex);
    String query = ex.getRequestURI().getRawQuery() == null ? "" : ex.getRequestURI().getRawQuery();
    ObjectNode all = (ObjectNode) JSON.readTree(resource("crossref_works.json"));
    ArrayNode items = (ArrayNode) all.get("message").get("items");
    int from = query.contains("cursor=c2") ? 10 : query.contains("cursor=c3") ? 20 : 0;
    ArrayNode page = JSON.createArrayNode();
    for (int i = from; i < Math.min(from + 10, items.size()); i++) {
      page.add(items.get(i));
    }
    ObjectNode message = (ObjectNode) all.get("message");
    message.set("items", page);
    message.put("next-cursor", from == 0 ? "c2" : "c3");
    send(ex, 200, "application/json", JSON.writeValueAsBytes(all));
  }

  /**
   * arXiv API paging: {@code start=0} is the 100-entry search page, {@code start=100} the one-entry
   * affiliations feed; both say totalResults 101.
   */
  private void arxivApi(HttpExchange ex) throws IOException {
    count(ex);
    String query = ex.getRequestURI().getRawQuery() == null ? "" : ex.getRequestURI().getRawQuery();
    boolean second = query.contains("start=100");
    String xml =
        new String(
                resource(second ? "arxiv_atom_affiliations.xml" : "arxiv_atom_search_page.xml"),
                StandardCharsets.UTF_8)
            .replaceFirst("<opensearch:totalResults>\\d+</", "<opensearch:totalResults>101</")
            .replaceFirst(
                "<opensearch:startIndex>\\d+</",
                "<opensearch:startIndex>" + (second ? 100 : 0) + "</");
    send(ex, 200, "application/atom+xml; charset=utf-8", bytes(xml));
  }

  /**
   * OAI-PMH: the 3 sample records, the first page with a resumptionToken and the second without.
   */
  private void oai(HttpExchange ex) throws IOException {
    count(ex);
    String query = ex.getRequestURI().getRawQuery() == null ? "" : ex.getRequestURI().getRawQuery();
    String xml = new String(resource("arxiv_oai_listrecords_arXiv.xml"), StandardCharsets.UTF_8);
    int second = xml.indexOf("<record>", xml.indexOf("<record>") + 1);
    int end = xml.indexOf("</ListRecords>");
    String head = xml.substring(0, xml.indexOf("<record>"));
    String tail = xml.substring(end);
    String body =
        query.contains("resumptionToken=t2")
            ? head
                + xml.substring(second, end)
                + "<resumptionToken cursor=\"1\" completeListSize=\"3\"/>"
                + tail
            : xml.substring(0, second)
                + "<resumptionToken cursor=\"0\" completeListSize=\"3\">t2</resumptionToken>"
                + tail;
    send(ex, 200, "text/xml; charset=utf-8", bytes(body));
  }

  private void flaky(HttpExchange ex) throws IOException {
    count(ex);
    if (hits("/flaky") == 1) {
      ex.getResponseHeaders().add("Retry-After", "1");
      send(ex, 429, "text/plain", bytes("slow down"));
    } else {
      send(ex, 200, "application/json", resource("s2_paper_search_arxiv.json"));
    }
  }

  private void truncated(HttpExchange ex) throws IOException {
    count(ex);
    byte[] body = resource("s2_paper_search_arxiv.json");
    ex.getResponseHeaders().add("Content-Type", "application/json");
    ex.sendResponseHeaders(200, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body, 0, body.length / 2);
      out.flush();
    }
    ex.close();
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body)
      throws IOException {
    ex.getResponseHeaders().add("Content-Type", type);
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  private static byte[] resource(String name) throws IOException {
    if (name.contains("/") || name.contains("..")) {
      return null;
    }
    try (InputStream in =
        SampleServer.class.getResourceAsStream("/paperkg/source/samples/" + name)) {
      return in == null ? null : in.readAllBytes();
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Sample names served, for tests that loop over them. */
  public static List<String> samples() {
    return List.of(
        "openalex_works_page1.json",
        "crossref_works.json",
        "s2_paper_search_arxiv.json",
        "s2_paper_batch.json",
        "hf_daily_papers.json",
        "arxiv_snapshot_sample.jsonl",
        "arxiv_oai_listrecords_arXiv.xml",
        "arxiv_atom_affiliations.xml",
        "arxiv_atom_search_page.xml");
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
