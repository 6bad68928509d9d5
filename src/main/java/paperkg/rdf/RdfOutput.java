package paperkg.rdf;

import java.io.OutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Where exported triples go: a writer per RDF syntax. Turtle, N-Triples and TriG are written as the
 * triples arrive (Jena's streaming "blocks" writers); JSON-LD and RDF/XML have no streaming writer,
 * so those two collect the graph and write it at the end.
 */
public final class RdfOutput {
  /** The syntaxes of {@code paperkg export}, by their usual file extension. */
  public enum Syntax {
    ttl(RDFFormat.TURTLE_BLOCKS, true),
    nt(RDFFormat.NTRIPLES_UTF8, true),
    trig(RDFFormat.TRIG_BLOCKS, true),
    jsonld(RDFFormat.JSONLD11_PRETTY, false),
    rdfxml(RDFFormat.RDFXML_PLAIN, false);

    private final RDFFormat format;
    private final boolean streaming;

    Syntax(RDFFormat format, boolean streaming) {
      this.format = format;
      this.streaming = streaming;
    }

    public boolean streaming() {
      return streaming;
    }
  }

  private RdfOutput() {}

  /**
   * A sink writing {@code syntax} to {@code out}; everything is written once {@code finish()}
   * returns.
   */
  public static StreamRDF open(OutputStream out, Syntax syntax) {
    if (syntax.streaming) {
      return StreamRDFWriter.getWriterStream(out, syntax.format);
    }
    Graph graph = GraphFactory.createDefaultGraph();
    return new StreamRDFWrapper(StreamRDFLib.graph(graph)) {
      @Override
      public void prefix(String prefix, String iri) {
        graph.getPrefixMapping().setNsPrefix(prefix, iri);
      }

      @Override
      public void finish() {
        super.finish();
        RDFDataMgr.write(out, graph, syntax.format);
      }
    };
  }
}
