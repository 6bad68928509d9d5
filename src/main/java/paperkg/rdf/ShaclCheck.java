package paperkg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;

/** SHACL validation (jena-shacl) of RDF under the ontology against ontology/shapes.ttl. */
public final class ShaclCheck {
  /** One result of the report, with IRIs written short (pkg:, id:, ...). */
  public record Violation(
      String severity, String focus, String path, String value, String message) {}

  /**
   * Whether the data conforms, how many triples were checked, and what failed (sorted by focus
   * node).
   */
  public record Report(boolean conforms, long triples, List<Violation> violations) {}

  private static final String SHAPES = "/paperkg/ontology/shapes.ttl";
  private static Shapes shapes;

  private ShaclCheck() {}

  public static Report validate(Graph data) {
    ValidationReport report = ShaclValidator.get().validate(shapes(), data);
    PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefixes(Prefixes.standard());
    List<Violation> violations = new ArrayList<>();
    for (ReportEntry e : report.getEntries()) {
      violations.add(
          new Violation(
              e.severity().level().getLocalName(),
              text(e.focusNode(), prefixes),
              e.resultPath() == null
                  ? ""
                  : e.resultPath().toString(new org.apache.jena.sparql.core.Prologue(prefixes)),
              e.value() == null ? "" : text(e.value(), prefixes),
              e.message()));
    }
    violations.sort(Comparator.comparing(Violation::focus).thenComparing(Violation::path));
    return new Report(report.conforms(), data.size(), violations);
  }

  /**
   * The shapes shipped in the jar (the very ontology/shapes.ttl of the repository), parsed once.
   */
  static synchronized Shapes shapes() {
    if (shapes == null) {
      Graph g = GraphFactory.createDefaultGraph();
      try (InputStream in = ShaclCheck.class.getResourceAsStream(SHAPES)) {
        RDFParser.source(in).lang(Lang.TURTLE).parse(g);
      } catch (IOException | NullPointerException e) {
        throw new IllegalStateException("cannot read " + SHAPES, e);
      }
      shapes = Shapes.parse(g);
    }
    return shapes;
  }

  private static String text(Node n, PrefixMapping prefixes) {
    if (n.isURI()) {
      return prefixes.shortForm(n.getURI());
    } else if (n.isLiteral()) {
      String dt = n.getLiteralDatatypeURI();
      return "\""
          + n.getLiteralLexicalForm()
          + "\""
          + (dt == null ? "" : "^^" + prefixes.shortForm(dt));
    }
    return n.toString();
  }
}
