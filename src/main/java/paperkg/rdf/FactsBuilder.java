package paperkg.rdf;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/**
 * Writes nodes and relationships as triples, in Neo4j terms (label, id, key → value), through the
 * ontology mapping — the mirror image of the loader, so the two cannot disagree. Used by {@link
 * RdfMapper} for extracted facts and by the exporter for what is in the store, so both write the
 * same RDF.
 */
public final class FactsBuilder {
  private final OntologyMapping mapping;
  private final List<Triple> triples = new ArrayList<>();

  public FactsBuilder(OntologyMapping mapping) {
    this.mapping = mapping;
  }

  /** A node with its id and the given properties (null values and empty lists are left out). */
  public Node node(String label, String id, Map<String, ?> props) {
    Node s = mapping.iri(label, id);
    triples.add(Triple.create(s, Vocab.TYPE, mapping.label(label).type()));
    put(s, label, "id", id);
    props.forEach((key, value) -> put(s, label, key, value));
    return s;
  }

  /** A relationship; properties, if any, go on its rdf:Statement reification. */
  public void edge(Node from, String type, Node to, Map<String, ?> props) {
    Triple t = Triple.create(from, mapping.propertyOfType(type), to);
    triples.add(t);
    if (props.values().stream().allMatch(v -> v == null)) {
      return;
    }
    Node stmt = mapping.statementIri(t);
    triples.add(Triple.create(stmt, Vocab.TYPE, Vocab.STATEMENT));
    triples.add(Triple.create(stmt, Vocab.SUBJECT, t.getSubject()));
    triples.add(Triple.create(stmt, Vocab.PREDICATE, t.getPredicate()));
    triples.add(Triple.create(stmt, Vocab.OBJECT, t.getObject()));
    props.forEach(
        (key, value) -> {
          if (value != null) {
            var k = mapping.edgeKey(key).orElseThrow(() -> unmapped("relationship", key));
            triples.add(Triple.create(stmt, k.property(), literal(k.datatype(), value)));
          }
        });
  }

  public Facts build() {
    return new Facts(triples);
  }

  private void put(Node s, String label, String key, Object value) {
    if (value == null) {
      return;
    }
    var k = mapping.nodeKey(label, key).orElseThrow(() -> unmapped(label, key));
    if (value instanceof List<?> list) {
      list.forEach(v -> triples.add(Triple.create(s, k.property(), literal(k.datatype(), v))));
    } else {
      triples.add(Triple.create(s, k.property(), literal(k.datatype(), value)));
    }
  }

  /**
   * A literal of the declared datatype, unless the value does not fit it (a number stored under a
   * string key, say): then the value's own datatype, so the RDF shows what is stored and SHACL can
   * flag it.
   */
  static Node literal(String datatype, Object value) {
    if (datatype.equals(XSD + "anyURI")) {
      return NodeFactory.createURI(
          String.valueOf(value)); // an IRI-valued key (skos:exactMatch) is a resource
    }
    String lexical = value instanceof TemporalAccessor t ? lexical(t) : String.valueOf(value);
    String own = ownDatatype(value);
    boolean fits =
        own.equals(datatype) || (datatype.equals(XSD + "double") && value instanceof Number);
    return NodeFactory.createLiteralDT(
        lexical, TypeMapper.getInstance().getSafeTypeByName(fits ? datatype : own));
  }

  private static final String XSD = "http://www.w3.org/2001/XMLSchema#";

  private static String ownDatatype(Object value) {
    if (value instanceof Long || value instanceof Integer || value instanceof Short) {
      return XSD + "integer";
    } else if (value instanceof Double || value instanceof Float) {
      return XSD + "double";
    } else if (value instanceof Boolean) {
      return XSD + "boolean";
    } else if (value instanceof java.time.LocalDate) {
      return XSD + "date";
    } else if (value instanceof ZonedDateTime
        || value instanceof OffsetDateTime
        || value instanceof LocalDateTime) {
      return XSD + "dateTime";
    }
    return XSD + "string";
  }

  /**
   * ISO forms that xsd accepts: java.time's toString drops zero seconds ("10:00Z"), which
   * xsd:dateTime rejects, and a ZonedDateTime read back from Neo4j may carry a region id ("[UTC]").
   */
  private static String lexical(TemporalAccessor t) {
    if (t instanceof ZonedDateTime z) {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(z.toOffsetDateTime());
    } else if (t instanceof OffsetDateTime o) {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(o);
    } else if (t instanceof LocalDateTime l) {
      return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(l);
    }
    return t.toString();
  }

  private static IllegalArgumentException unmapped(String where, String key) {
    return new IllegalArgumentException(
        "key '" + key + "' of " + where + " is not in the ontology");
  }
}
