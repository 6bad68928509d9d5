package paperkg.serve;

import java.io.IOException;
import java.io.InputStream;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.riot.WebContent;
import paperkg.rdf.Prefixes;

/**
 * Fuseki's query operation with the CLI's prefixes predeclared, so a query that works in {@code
 * paperkg sparql} works at the endpoint too. The prologue is one line in front of the query (a
 * later PREFIX of the same name overrides it), so error positions keep their line numbers. A GET
 * without a query is answered 400 at once, before the dataset (the store's RDF view, seconds to
 * build) is touched. An update (an {@code application/sparql-update} body or an {@code update=}
 * form) is refused with a message saying so, not "no query".
 */
final class PrefixedQuery extends SPARQL_QueryDataset {
  private final String prologue = Prefixes.sparqlPrologue();

  @Override
  public void execGet(HttpAction action) {
    if (action.getRequestParameter("query") == null) {
      ServletOps.errorBadRequest("no query: give one as ?query=... (GET) or in a POST body");
    }
    super.execGet(action);
  }

  /** What an update gets: the endpoint's statuses (415 body, 400 form) with the reason. */
  static final String READ_ONLY = "this SPARQL endpoint is read-only: SPARQL Update is refused";

  @Override
  public void execPost(HttpAction action) {
    String type = action.getRequestContentType();
    if (type != null && type.startsWith(WebContent.contentTypeSPARQLUpdate)) {
      drainBody(action);
      ServletOps.error(415, READ_ONLY);
    }
    if (action.getRequestParameter("update") != null) {
      ServletOps.errorBadRequest(READ_ONLY);
    }
    boolean queryBody = type != null && type.startsWith(WebContent.contentTypeSPARQLQuery);
    if (!queryBody && action.getRequestParameter("query") == null) {
      drainBody(action);
      ServletOps.errorBadRequest(
          "no query: give one as query=... (form) or as an application/sparql-query body");
    }
    super.execPost(action);
  }

  /** An update body refused unread is read up to this many bytes, then the connection may close. */
  private static final int DRAIN_LIMIT = 1 << 20;

  /**
   * Reads the refused body before the answer: answered unread, Jetty may close the connection after
   * the response, and a client that reuses it for its next request (Java's HttpClient does) reads
   * EOF instead of an answer (ServeIT.updatesAreRefused failed so in CI on 2026-12-04).
   */
  private static void drainBody(HttpAction action) {
    try (InputStream in = action.getRequestInputStreamRaw()) {
      byte[] buffer = new byte[8192];
      int total = 0;
      for (int n; total < DRAIN_LIMIT && (n = in.read(buffer)) > 0; ) {
        total += n;
      }
    } catch (IOException e) {
      // the client went away: nothing to answer
    }
  }

  @Override
  protected void execute(String queryString, HttpAction action) {
    super.execute(prologue + queryString, action);
  }
}
