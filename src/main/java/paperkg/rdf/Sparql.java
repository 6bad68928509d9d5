package paperkg.rdf;

import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.update.UpdateFactory;
import paperkg.PaperkgException;

/**
 * SPARQL (Jena ARQ) over the graph's RDF view: the exported triples as the default graph and the
 * ontology as the named graph {@code <https://paperkg.org/ontology>}. Queries may use our prefixes
 * (pkg:, id:, dcterms:, skos:, schema:, ...) without declaring them.
 */
public final class Sparql {
  /** How results are written; SELECT and ASK results in W3C formats, CONSTRUCT/DESCRIBE as RDF. */
  public enum Format {
    table,
    json,
    csv,
    tsv
  }

  public static final String ONTOLOGY_GRAPH = "https://paperkg.org/ontology";

  private Sparql() {}

  /**
   * The RDF view as a dataset: {@code data} as the default graph, the ontology as a named graph.
   */
  public static DatasetGraph dataset(Graph data) {
    DatasetGraph ds = DatasetGraphFactory.create(data);
    ds.addGraph(NodeFactory.createURI(ONTOLOGY_GRAPH), OntologyMapping.standard().ontologyGraph());
    return ds;
  }

  /**
   * Parses {@code text} with our prefixes predeclared; syntax errors become usage errors with
   * line:column.
   */
  public static Query parse(String text) {
    Query query = new Query();
    query.setPrefixMapping(PrefixMapping.Factory.create().setNsPrefixes(Prefixes.standard()));
    try {
      return QueryFactory.parse(query, text, null, Syntax.syntaxARQ);
    } catch (QueryParseException e) {
      if (isUpdate(text)) {
        throw PaperkgException.usage(
            "SPARQL Update is not supported: the RDF view is read-only (change the graph with import or Cypher)");
      }
      String first =
          e.getMessage()
              .lines()
              .map(String::strip)
              .filter(l -> !l.isEmpty())
              .findFirst()
              .orElse("");
      throw PaperkgException.usage("SPARQL syntax error: " + first + slashHint(text));
    }
  }

  /** A prefixed name cannot hold an unescaped "/" (id:org/openbmb): say what works instead. */
  static String slashHint(String text) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("\\bid:([a-z]+)/([\\w.%+-]+)").matcher(text);
    if (!m.find()) {
      return "";
    }
    String ns = Prefixes.standard().get("id") + m.group(1) + "/";
    String byClass =
        Prefixes.standard().entrySet().stream()
            .filter(e -> e.getValue().equals(ns))
            .map(e -> " or " + e.getKey() + ":" + m.group(2))
            .findFirst()
            .orElse("");
    return " (a prefixed name cannot contain '/': write id:"
        + m.group(1)
        + "\\/"
        + m.group(2)
        + byClass
        + ")";
  }

  private static boolean isUpdate(String text) {
    try {
      UpdateFactory.create(text, Syntax.syntaxARQ);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /**
   * Runs {@code text} against {@code ds} and writes the results in {@code format}; timeout 0 =
   * none.
   */
  public static void run(
      DatasetGraph ds, String text, Format format, long timeoutSeconds, OutputStream out) {
    Query query = parse(text);
    Dataset dataset = DatasetFactory.wrap(ds);
    var builder = QueryExecution.dataset(dataset).query(query);
    if (timeoutSeconds > 0) {
      builder.timeout(timeoutSeconds, TimeUnit.SECONDS);
    }
    try (QueryExecution exec = builder.build()) {
      if (query.isSelectType()) {
        var rs = exec.execSelect();
        switch (format) {
          case table -> ResultSetFormatter.out(out, rs, query.getPrologue());
          case json -> ResultSetFormatter.output(out, rs, ResultSetLang.RS_JSON);
          case csv -> ResultSetFormatter.output(out, rs, ResultSetLang.RS_CSV);
          case tsv -> ResultSetFormatter.output(out, rs, ResultSetLang.RS_TSV);
        }
      } else if (query.isAskType()) {
        boolean answer = exec.execAsk();
        switch (format) {
          case table -> ResultSetFormatter.out(out, answer);
          case json -> ResultSetFormatter.output(out, answer, ResultSetLang.RS_JSON);
          case csv -> ResultSetFormatter.output(out, answer, ResultSetLang.RS_CSV);
          case tsv -> ResultSetFormatter.output(out, answer, ResultSetLang.RS_TSV);
        }
      } else if (query.isConstructType() || query.isDescribeType()) {
        Graph g =
            query.isConstructType()
                ? exec.execConstruct().getGraph()
                : exec.execDescribe().getGraph();
        g.getPrefixMapping().setNsPrefixes(Prefixes.standard());
        // RDF results: JSON-LD for json, N-Triples for csv/tsv (line-based), Turtle for the table
        switch (format) {
          case table -> RDFDataMgr.write(out, g, RDFFormat.TURTLE_PRETTY);
          case json -> RDFDataMgr.write(out, g, RDFFormat.JSONLD11_PRETTY);
          case csv, tsv -> RDFDataMgr.write(out, g, Lang.NTRIPLES);
        }
      } else {
        throw PaperkgException.usage(
            "only SELECT, ASK, CONSTRUCT and DESCRIBE queries are supported");
      }
    } catch (QueryCancelledException e) {
      throw PaperkgException.jobFailed("the SPARQL query timed out after " + timeoutSeconds + " s");
    }
  }
}
