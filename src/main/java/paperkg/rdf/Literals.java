package paperkg.rdf;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;

/** Typed RDF literals as Java values, for every loader that turns triples into graph properties. */
public final class Literals {
  private Literals() {}

  /**
   * An RDF literal as the Java value Neo4j stores natively (date, integer, double, datetime,
   * boolean, string): the embedded/driver loader and the Spark connector load write the same
   * property types.
   */
  public static Object javaValue(Node literal) {
    String lex = literal.getLiteralLexicalForm();
    String dt = literal.getLiteralDatatypeURI();
    if (XSDDatatype.XSDdate.getURI().equals(dt)) {
      return LocalDate.parse(lex);
    } else if (XSDDatatype.XSDdateTime.getURI().equals(dt)) {
      return OffsetDateTime.parse(lex);
    } else if (XSDDatatype.XSDdouble.getURI().equals(dt)
        || XSDDatatype.XSDdecimal.getURI().equals(dt)) {
      return Double.parseDouble(lex);
    } else if (XSDDatatype.XSDinteger.getURI().equals(dt)
        || XSDDatatype.XSDint.getURI().equals(dt)
        || XSDDatatype.XSDlong.getURI().equals(dt)) {
      return Long.parseLong(lex);
    } else if (XSDDatatype.XSDboolean.getURI().equals(dt)) {
      return Boolean.parseBoolean(lex);
    }
    return lex;
  }
}
