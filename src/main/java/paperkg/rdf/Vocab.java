package paperkg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;

/** The IRIs the Java code needs by name; everything else comes from the ontology file. */
public final class Vocab {
  public static final String NS = "https://paperkg.org/ontology#";

  public static final Node PAPER = iri("Paper");
  public static final Node TOPIC = iri("Topic");
  public static final Node METHOD = iri("Method");
  public static final Node ORGANISATION = iri("Organisation");
  public static final Node AUTHOR = iri("Author");
  public static final Node IMPORT_RUN = iri("ImportRun");

  static final Node TYPE = RDF.type.asNode();
  static final Node STATEMENT = RDF.Statement.asNode();
  static final Node SUBJECT = RDF.subject.asNode();
  static final Node PREDICATE = RDF.predicate.asNode();
  static final Node OBJECT = RDF.object.asNode();

  private Vocab() {}

  static Node iri(String localName) {
    return NodeFactory.createURI(NS + localName);
  }
}
