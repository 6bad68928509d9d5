package paperkg.source.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The next page of a paged API response, by the API's own paging scheme:
 *
 * <ul>
 *   <li>OpenAlex: a URL with {@code cursor=} continues with {@code meta.next_cursor} (null at the
 *       end);
 *   <li>Crossref: a URL with {@code cursor=} continues with {@code message.next-cursor} until a
 *       page has no items;
 *   <li>Semantic Scholar search: {@code next} is the next {@code offset};
 *   <li>arXiv API (Atom): {@code start} advances by the entries of the page up to {@code
 *       opensearch:totalResults};
 *   <li>OAI-PMH: a non-empty {@code resumptionToken} continues with {@code
 *       verb=ListRecords&resumptionToken=…}.
 * </ul>
 *
 * A URL without the paging parameter ({@code cursor}, {@code query}, {@code search_query}/{@code
 * id_list}) is one page (OpenAlex's and Crossref's basic {@code page=} paging stays the user's).
 */
public final class Paging {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Paging() {}

  /** The URL of the page after {@code page}, read as {@code format}; empty at the end. */
  public static Optional<URI> next(URI uri, String format, Path page) {
    try {
      return switch (format) {
        case "openalex" ->
            jsonCursor(
                uri,
                page,
                "cursor",
                root -> text(root.path("meta").path("next_cursor")),
                root -> root.path("results").size());
        case "crossref" ->
            jsonCursor(
                uri,
                page,
                "cursor",
                root -> text(root.path("message").path("next-cursor")),
                root -> root.path("message").path("items").size());
        case "s2" -> s2(uri, page);
        case "arxiv-atom" -> atom(uri, page);
        case "arxiv-oai" -> oai(uri, page);
        default -> Optional.empty();
      };
    } catch (IOException | RuntimeException e) {
      return Optional
          .empty(); // a page the pager cannot read: its reader reports what is wrong with it
    }
  }

  private interface Field {
    Object get(JsonNode root);
  }

  private static Optional<URI> jsonCursor(
      URI uri, Path page, String param, Field nextCursor, Field items) throws IOException {
    Map<String, String> q = query(uri);
    if (!q.containsKey(param)) {
      return Optional.empty();
    }
    JsonNode root = readJson(page);
    Object next = nextCursor.get(root);
    if (next == null || (int) items.get(root) == 0 || next.equals(q.get(param))) {
      return Optional.empty();
    }
    q.put(param, next.toString());
    return Optional.of(with(uri, q));
  }

  private static Optional<URI> s2(URI uri, Path page) throws IOException {
    if (!query(uri).containsKey("query")) {
      return Optional.empty(); // not a search: one paper or a batch
    }
    JsonNode root = readJson(page);
    JsonNode next = root.path("next");
    if (!next.canConvertToInt() || !root.path("data").isArray() || root.path("data").isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> q = query(uri);
    q.put("offset", String.valueOf(next.intValue()));
    return Optional.of(with(uri, q));
  }

  private static Optional<URI> atom(URI uri, Path page) throws IOException {
    Map<String, String> params = query(uri);
    if (!params.containsKey("search_query") && !params.containsKey("id_list")) {
      return Optional.empty(); // not an API query (a saved feed served from somewhere)
    }
    Document doc = readXml(page);
    long total = number(doc, "opensearch:totalResults");
    long start = number(doc, "opensearch:startIndex");
    int entries = doc.getElementsByTag("entry").size();
    if (total < 0 || start < 0 || entries == 0 || start + entries >= total) {
      return Optional.empty();
    }
    Map<String, String> q = query(uri);
    q.put("start", String.valueOf(start + entries));
    return Optional.of(with(uri, q));
  }

  private static Optional<URI> oai(URI uri, Path page) throws IOException {
    Element token = readXml(page).getElementsByTag("resumptionToken").first();
    if (token == null || token.text().isBlank()) {
      return Optional.empty();
    }
    Map<String, String> q = new LinkedHashMap<>();
    q.put("verb", query(uri).getOrDefault("verb", "ListRecords"));
    q.put("resumptionToken", token.text().strip());
    return Optional.of(with(uri, q));
  }

  private static JsonNode readJson(Path page) throws IOException {
    try (InputStream in = Files.newInputStream(page)) {
      return JSON.readTree(in);
    }
  }

  private static Document readXml(Path page) throws IOException {
    try (InputStream in = Files.newInputStream(page)) {
      return Jsoup.parse(in, "UTF-8", "", Parser.xmlParser());
    }
  }

  private static long number(Document doc, String tag) {
    Element e = doc.getElementsByTag(tag).first();
    try {
      return e == null ? -1 : Long.parseLong(e.text().strip());
    } catch (NumberFormatException ex) {
      return -1;
    }
  }

  private static String text(JsonNode n) {
    return n.isValueNode() && !n.isNull() && !n.asText().isBlank() ? n.asText() : null;
  }

  /** The query parameters in order (decoded; one value per name). */
  static Map<String, String> query(URI uri) {
    Map<String, String> q = new LinkedHashMap<>();
    String raw = uri.getRawQuery();
    if (raw == null || raw.isEmpty()) {
      return q;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String k = eq < 0 ? pair : pair.substring(0, eq);
      String v = eq < 0 ? "" : pair.substring(eq + 1);
      q.put(
          URLDecoder.decode(k, StandardCharsets.UTF_8),
          URLDecoder.decode(v, StandardCharsets.UTF_8));
    }
    return q;
  }

  static URI with(URI uri, Map<String, String> q) {
    List<String> pairs = new ArrayList<>();
    q.forEach((k, v) -> pairs.add(enc(k) + "=" + enc(v)));
    String base = uri.toString();
    int mark = base.indexOf('?');
    int hash = base.indexOf('#');
    String prefix =
        mark >= 0 ? base.substring(0, mark) : hash >= 0 ? base.substring(0, hash) : base;
    return URI.create(prefix + (pairs.isEmpty() ? "" : "?" + String.join("&", pairs)));
  }

  /**
   * Query encoding that keeps the characters APIs use unescaped in filters ({@code :}, {@code ,},
   * {@code *}).
   */
  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8)
        .replace("%3A", ":")
        .replace("%2C", ",")
        .replace("%2A", "*")
        .replace("%7C", "|")
        .replace("+", "%20");
  }
}
