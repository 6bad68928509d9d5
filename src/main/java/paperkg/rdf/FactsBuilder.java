package paperkg.rdf;

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
 * ontology mapping — the mirror image of the loader, so the two cannot disagree.
 */
final class FactsBuilder {
  private final OntologyMapping mapping;
  private final List<Triple> triples = new ArrayList<>();

  FactsBuilder(OntologyMapping mapping) {
    this.mapping = mapping;
  }

  /** A node with its id and the given properties (null values and empty lists are left out). */
  Node node(String label, String id, Map<String, ?> props) {
    Node s = mapping.iri(label, id);
    triples.add(Triple.create(s, Vocab.TYPE, mapping.label(label).type()));
    put(s, label, "id", id);
    props.forEach((key, value) -> put(s, label, key, value));
    return s;
  }

  /** A relationship; properties, if any, go on its rdf:Statement reification. */
  void edge(Node from, String type, Node to, Map<String, ?> props) {
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

  Facts build() {
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

  static Node literal(String datatype, Object value) {
    String lexical = value instanceof TemporalAccessor ? value.toString() : String.valueOf(value);
    return NodeFactory.createLiteralDT(lexical, TypeMapper.getInstance().getSafeTypeByName(datatype));
  }

  private static IllegalArgumentException unmapped(String where, String key) {
    return new IllegalArgumentException("key '" + key + "' of " + where + " is not in the ontology");
  }
}
