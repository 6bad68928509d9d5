package paperkg.neo4j;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import paperkg.rdf.Literals;
import paperkg.rdf.OntologyMapping;
import paperkg.rdf.OntologyMapping.NodeRef;

/**
 * Triples → Neo4j rows, generically through the ontology mapping: node rows grouped by label and
 * relationship rows grouped by (type, from label, to label). Reified rdf:Statements become
 * relationship properties. Triples the ontology does not map are counted in {@link #ignored()}, not
 * guessed at.
 */
final class Rows {
  /** Rows for one MERGE query shape. */
  record RelKey(String type, String from, String to) {}

  final Map<String, Map<String, NodeRow>> nodes = new LinkedHashMap<>();
  final Map<RelKey, Map<String, Map<String, Object>>> rels = new LinkedHashMap<>();
  private int ignored;

  private Rows() {}

  static Rows of(List<Triple> triples, OntologyMapping mapping) {
    Rows rows = new Rows();
    Map<Node, Map<Node, Node>> statements = new HashMap<>();
    Set<Node> statementNodes = new HashSet<>();
    for (Triple t : triples) {
      if (t.getPredicate().equals(RDF.type.asNode())
          && t.getObject().equals(RDF.Statement.asNode())) {
        statementNodes.add(t.getSubject());
      }
    }
    for (Triple t : triples) {
      Node s = t.getSubject();
      Node p = t.getPredicate();
      if (statementNodes.contains(s)) {
        statements.computeIfAbsent(s, k -> new HashMap<>()).put(p, t.getObject());
        continue;
      }
      Optional<NodeRef> subject = mapping.parse(s);
      if (subject.isEmpty()) {
        rows.ignored++;
        continue;
      }
      NodeRow node = rows.node(subject.get());
      if (p.equals(RDF.type.asNode())) {
        continue; // the label comes from the IRI; a type outside the ontology is ignored
      }
      Optional<String> relType = mapping.relationshipType(p);
      Optional<NodeRef> object = mapping.parse(t.getObject());
      if (relType.isPresent() && object.isPresent()) {
        rows.node(object.get());
        rows.rel(relType.get(), subject.get(), object.get());
      } else if (t.getObject().isLiteral() && mapping.key(p).isPresent()) {
        node.put(mapping.key(p).get(), Literals.javaValue(t.getObject()));
      } else if (t.getObject().isURI()
          && mapping.key(p).filter(k -> k.datatype().endsWith("#anyURI")).isPresent()) {
        node.put(
            mapping.key(p).get(),
            t.getObject().getURI()); // skos:exactMatch: an IRI stored as a string
      } else {
        rows.ignored++;
      }
    }
    statements.values().forEach(parts -> rows.reified(parts, mapping));
    return rows;
  }

  int ignored() {
    return ignored;
  }

  /**
   * {@code batches} as one set of rows, as the transactional writes would leave them: a node's
   * scalar properties from its last row, its lists the union in order of first sight, a
   * relationship's properties from its last row. For a load that writes everything at once.
   */
  @SuppressWarnings("unchecked")
  static Rows merge(List<Rows> batches) {
    Rows all = new Rows();
    for (Rows batch : batches) {
      all.ignored += batch.ignored;
      batch.nodes.forEach(
          (label, byId) ->
              byId.forEach(
                  (id, row) -> {
                    NodeRow merged = all.node(new NodeRef(label, id));
                    merged.props.putAll(row.props);
                    row.lists.forEach(
                        (key, values) -> {
                          List<Object> list =
                              merged.lists.computeIfAbsent(key, k -> new ArrayList<>());
                          values.stream().filter(v -> !list.contains(v)).forEach(list::add);
                        });
                  }));
      batch.rels.forEach(
          (key, byEnds) ->
              byEnds.forEach(
                  (ends, row) -> {
                    Map<String, Object> merged =
                        all.rels
                            .computeIfAbsent(key, k -> new LinkedHashMap<>())
                            .computeIfAbsent(ends, k -> relRow(row.get("from"), row.get("to")));
                    ((Map<String, Object>) merged.get("props"))
                        .putAll((Map<String, Object>) row.get("props"));
                  }));
    }
    return all;
  }

  private NodeRow node(NodeRef ref) {
    return nodes
        .computeIfAbsent(ref.label(), k -> new LinkedHashMap<>())
        .computeIfAbsent(ref.id(), id -> new NodeRow(id));
  }

  private Map<String, Object> rel(String type, NodeRef from, NodeRef to) {
    return rels.computeIfAbsent(
            new RelKey(type, from.label(), to.label()), k -> new LinkedHashMap<>())
        .computeIfAbsent(from.id() + "\u0000" + to.id(), k -> relRow(from.id(), to.id()));
  }

  private static Map<String, Object> relRow(Object from, Object to) {
    return new HashMap<>(Map.of("from", from, "to", to, "props", new HashMap<String, Object>()));
  }

  @SuppressWarnings("unchecked")
  private void reified(Map<Node, Node> parts, OntologyMapping mapping) {
    Optional<NodeRef> from =
        Optional.ofNullable(parts.get(RDF.subject.asNode())).flatMap(mapping::parse);
    Optional<String> type =
        Optional.ofNullable(parts.get(RDF.predicate.asNode())).flatMap(mapping::relationshipType);
    Optional<NodeRef> to =
        Optional.ofNullable(parts.get(RDF.object.asNode())).flatMap(mapping::parse);
    if (from.isEmpty() || type.isEmpty() || to.isEmpty()) {
      ignored++;
      return;
    }
    node(from.get());
    node(to.get());
    var props = (Map<String, Object>) rel(type.get(), from.get(), to.get()).get("props");
    parts.forEach(
        (p, o) ->
            mapping
                .key(p)
                .filter(k -> k.onEdge() && o.isLiteral())
                .ifPresent(k -> props.put(k.key(), Literals.javaValue(o))));
  }

  /** One node: scalar properties and list properties (merged by union in the database). */
  static final class NodeRow {
    final String id;
    final Map<String, Object> props = new HashMap<>();
    final Map<String, List<Object>> lists = new HashMap<>();

    NodeRow(String id) {
      this.id = id;
    }

    void put(OntologyMapping.KeyMapping key, Object value) {
      if (key.key().equals("id")) {
        return;
      }
      if (key.list()) {
        List<Object> list = lists.computeIfAbsent(key.key(), k -> new ArrayList<>());
        if (!list.contains(value)) {
          list.add(value);
        }
      } else {
        props.put(key.key(), value);
      }
    }

    Map<String, Object> toParameter() {
      return Map.of("id", id, "props", props, "lists", lists);
    }
  }
}
