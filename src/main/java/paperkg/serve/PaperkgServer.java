package paperkg.serve;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import paperkg.PaperkgException;
import paperkg.neo4j.GraphExporter;
import paperkg.neo4j.GraphStore;
import paperkg.rdf.OntologyMapping;
import paperkg.rdf.Sparql;

/**
 * {@code paperkg serve} in one process: the embedded store with Bolt, the Neo4j Browser and our
 * guide over HTTP, and the read-only SPARQL endpoint over the store's live RDF view. Started in the
 * order the settings need (the Browser's post-connect command names the HTTP port, the redirect the
 * Bolt port), the Browser's HTTP port answering only once everything else is ready, and closed in
 * reverse.
 */
public final class PaperkgServer implements AutoCloseable {
  /**
   * Where each part listens; a password (null: none) protects Bolt and the SPARQL endpoint, user
   * neo4j.
   */
  public record Config(
      String bind, int httpPort, int sparqlPort, long sparqlTimeoutSeconds, String password) {
    boolean auth() {
      return password != null;
    }
  }

  /** Opens the store once the Browser settings are known. */
  public interface StoreOpener {
    GraphStore open(String postConnectCommand, String guideHosts);
  }

  /** The addresses to print. */
  public record Urls(String browser, String bolt, String sparql, String guide) {}

  private final BrowserServer http;
  private final GraphStore store;
  private final boolean ownsStore;
  private final SparqlEndpoint sparql;
  private final Urls urls;

  private PaperkgServer(
      BrowserServer http, GraphStore store, boolean ownsStore, SparqlEndpoint sparql, Urls urls) {
    this.http = http;
    this.store = store;
    this.ownsStore = ownsStore;
    this.sparql = sparql;
    this.urls = urls;
  }

  public static PaperkgServer start(Config config, StoreOpener opener, boolean ownsStore) {
    String host = urlHost(config.bind());
    BrowserServer http = null;
    GraphStore store = null;
    try {
      http = BrowserServer.bind(config.bind(), config.httpPort(), QueryGuide.html());
      String guide = "http://" + host + ":" + http.port() + BrowserServer.GUIDE_PATH;
      store = opener.open("play " + guide, "guides.neo4j.com,localhost,127.0.0.1," + host);
      String bolt = "bolt://" + host + ":" + store.boltPort();
      http.browserUrl(
          "/browser/?connectURL="
              + bolt
              + "&preselectAuthMethod="
              + (config.auth() ? "BASIC" : "NO_AUTH"));
      GraphStore graph = store;
      SparqlEndpoint sparql =
          SparqlEndpoint.start(
              config.sparqlPort(),
              isLoopback(config.bind()),
              config.password(),
              () -> view(graph),
              graph::changeCount,
              config.sparqlTimeoutSeconds() * 1000);
      Urls urls =
          new Urls(
              "http://" + host + ":" + http.port() + "/",
              bolt,
              "http://" + host + ":" + sparql.port() + SparqlEndpoint.DATASET + "/sparql",
              guide);
      // Last: a Browser page that answers before Bolt and the endpoint would show a failing
      // connection.
      http.open();
      return new PaperkgServer(http, store, ownsStore, sparql, urls);
    } catch (IOException e) {
      closeQuietly(http, ownsStore ? store : null);
      throw PaperkgException.unavailable(
          "cannot listen on " + config.bind() + ":" + config.httpPort() + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(http, ownsStore ? store : null);
      if (e instanceof PaperkgException) {
        throw e;
      }
      throw PaperkgException.unavailable("cannot start the SPARQL endpoint: " + rootMessage(e), e);
    }
  }

  public Urls urls() {
    return urls;
  }

  public GraphStore store() {
    return store;
  }

  /** How many times the SPARQL view was built from the store. */
  public long viewBuilds() {
    return sparql.builds();
  }

  /** The RDF view in a transactional in-memory dataset, safe for Fuseki's concurrent readers. */
  static DatasetGraph view(GraphStore store) {
    DatasetGraph ds = DatasetGraphFactory.createTxnMem();
    Txn.executeWrite(
        ds,
        () -> {
          new GraphExporter(store, OntologyMapping.standard()).export(StreamRDFLib.dataset(ds));
          ds.addGraph(
              NodeFactory.createURI(Sparql.ONTOLOGY_GRAPH),
              OntologyMapping.standard().ontologyGraph());
        });
    return ds;
  }

  public static boolean isLoopback(String bind) {
    try {
      return InetAddress.getByName(bind).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw PaperkgException.usage("--bind " + bind + ": unknown address");
    }
  }

  /** The host to put in URLs: the bind address, or 127.0.0.1 for a wildcard bind. */
  private static String urlHost(String bind) {
    try {
      InetAddress a = InetAddress.getByName(bind);
      if (a.isAnyLocalAddress()) {
        return "127.0.0.1";
      }
      String h = a.getHostAddress();
      return h.contains(":") ? "[" + h + "]" : h;
    } catch (UnknownHostException e) {
      throw PaperkgException.usage("--bind " + bind + ": unknown address");
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + ": " + t.getMessage();
  }

  private static void closeQuietly(AutoCloseable... parts) {
    for (AutoCloseable part : parts) {
      try {
        if (part != null) {
          part.close();
        }
      } catch (Exception ignored) {
        // already failing; the first error is the one to report
      }
    }
  }

  @Override
  public void close() {
    closeQuietly(sparql, http, ownsStore ? store : null);
  }
}
