package paperkg.serve;

import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The read-only SPARQL endpoint: Fuseki (jena-fuseki-main) with one dataset, /kg, whose query
 * endpoints (/kg/sparql, /kg/query; GET and POST, results as JSON, XML, CSV, TSV by content
 * negotiation) read the live RDF view. The dataset is registered without update operations, so
 * SPARQL Update is refused. Queries get the CLI's prefixes ({@link PrefixedQuery}).
 */
final class SparqlEndpoint implements AutoCloseable {
  static final String DATASET = "/kg";

  private final FusekiServer server;
  private final LiveDataset dataset;

  private SparqlEndpoint(FusekiServer server, LiveDataset dataset) {
    this.server = server;
    this.dataset = dataset;
  }

  /**
   * @param loopbackOnly true: listen on 127.0.0.1 only; false: on every interface (Fuseki has no
   *     single-address bind)
   * @param password null: open; else HTTP basic authentication as user neo4j, like Bolt
   */
  static SparqlEndpoint start(
      int port,
      boolean loopbackOnly,
      String password,
      Supplier<DatasetGraph> view,
      LongSupplier version,
      long timeoutMillis) {
    LiveDataset dataset = new LiveDataset(view, version, timeoutMillis);
    FusekiServer.Builder builder =
        FusekiServer.create()
            .port(port)
            .loopback(loopbackOnly)
            .registerOperation(Operation.Query, new PrefixedQuery())
            .add(DATASET, dataset, false)
            .enablePing(true)
            .verbose(false);
    if (password != null) {
      var handler =
          JettySecurityLib.makeSecurityHandler(
              "paperkg", JettySecurityLib.makeUserStore("neo4j", password), AuthScheme.BASIC);
      JettySecurityLib.addPathConstraint(handler, "/*");
      builder.securityHandler(handler).serverAuthPolicy(Auth.policyAllowSpecific("neo4j"));
    }
    return new SparqlEndpoint(builder.build().start(), dataset);
  }

  int port() {
    return server.getPort();
  }

  long builds() {
    return dataset.builds();
  }

  @Override
  public void close() {
    server.stop();
  }
}
