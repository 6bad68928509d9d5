package paperkg.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The real Neo4j Browser over HTTP (the JDK's server): the static files of the
 * org.neo4j.client:neo4j-browser jar (under {@code browser/} on the classpath) at /browser/, a
 * redirect from / to the Browser with the connection preset, and our query-library guide at
 * /guides/paperkg.html.
 */
final class BrowserServer implements AutoCloseable {
  static final String GUIDE_PATH = "/guides/paperkg.html";
  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("html", "text/html; charset=utf-8"),
          Map.entry("js", "text/javascript; charset=utf-8"),
          Map.entry("css", "text/css; charset=utf-8"),
          Map.entry("json", "application/json"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("gif", "image/gif"),
          Map.entry("ico", "image/x-icon"),
          Map.entry("woff", "font/woff"),
          Map.entry("woff2", "font/woff2"),
          Map.entry("ttf", "font/ttf"),
          Map.entry("eot", "application/vnd.ms-fontobject"),
          Map.entry("map", "application/json"),
          Map.entry("txt", "text/plain; charset=utf-8"));

  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(4);
  private volatile String browserUrl = "/browser/";

  private BrowserServer(HttpServer server) {
    this.server = server;
  }

  /**
   * Binds the port (so its number is known for the Browser's settings) without answering yet:
   * connections wait in the backlog until {@link #open()}, so nobody gets a page whose Bolt is not
   * up.
   */
  static BrowserServer bind(String bind, int port, String guideHtml) throws IOException {
    BrowserServer s = new BrowserServer(HttpServer.create(new InetSocketAddress(bind, port), 0));
    byte[] guide = guideHtml.getBytes(StandardCharsets.UTF_8);
    s.server.createContext("/", s::root);
    s.server.createContext("/browser", s::staticFile);
    s.server.createContext(
        GUIDE_PATH,
        ex -> {
          // the Browser fetches guides with XHR; allow it from wherever the Browser itself was
          // loaded
          ex.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
          send(ex, 200, TYPES.get("html"), guide);
        });
    s.server.setExecutor(s.threads);
    return s;
  }

  /** Starts answering: called once Bolt and the SPARQL endpoint are ready. */
  void open() {
    server.start();
  }

  int port() {
    return server.getAddress().getPort();
  }

  /** Where / redirects: the Browser with its connection preset (known once Bolt is up). */
  void browserUrl(String url) {
    this.browserUrl = url;
  }

  private void root(HttpExchange ex) throws IOException {
    if (!ex.getRequestURI().getPath().equals("/")) {
      send(ex, 404, TYPES.get("txt"), "not found\n".getBytes(StandardCharsets.UTF_8));
      return;
    }
    ex.getResponseHeaders().set("Location", browserUrl);
    send(ex, 302, TYPES.get("txt"), new byte[0]);
  }

  private void staticFile(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    if (path.equals("/browser")) {
      ex.getResponseHeaders()
          .set(
              "Location",
              "/browser/"
                  + (ex.getRequestURI().getRawQuery() == null
                      ? ""
                      : "?" + ex.getRequestURI().getRawQuery()));
      send(ex, 301, TYPES.get("txt"), new byte[0]);
      return;
    }
    String file = path.substring("/browser/".length());
    if (file.isEmpty()) {
      file = "index.html";
    }
    if (file.contains("..") || file.startsWith("/")) {
      send(ex, 400, TYPES.get("txt"), "bad path\n".getBytes(StandardCharsets.UTF_8));
      return;
    }
    try (InputStream in =
        BrowserServer.class.getClassLoader().getResourceAsStream("browser/" + file)) {
      if (in == null) {
        send(ex, 404, TYPES.get("txt"), "not found\n".getBytes(StandardCharsets.UTF_8));
        return;
      }
      String ext = file.substring(file.lastIndexOf('.') + 1);
      send(ex, 200, TYPES.getOrDefault(ext, "application/octet-stream"), in.readAllBytes());
    }
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body)
      throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    boolean head = ex.getRequestMethod().equals("HEAD");
    ex.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
    ex.close();
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
