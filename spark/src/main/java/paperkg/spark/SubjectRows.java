package paperkg.spark;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.spark.api.java.function.FlatMapFunction;
import paperkg.rdf.Literals;
import paperkg.rdf.OntologyMapping;
import paperkg.rdf.OntologyMapping.NodeRef;
import scala.Tuple2;

/**
 * The N-Triples lines of one subject → graph rows, through the core's ontology mapping (as the
 * CLI's loader reads RDF): a node IRI gives a node with its literal properties (list keys collect
 * every value) and its relationships; an rdf:Statement gives the properties of the relationship it
 * reifies. Duplicate lines (the same topic in many papers' triples) count once.
 */
final class SubjectRows implements FlatMapFunction<Tuple2<String, Iterable<String>>, GraphRow> {
  private static final long serialVersionUID = 1L;

  @Override
  public Iterator<GraphRow> call(Tuple2<String, Iterable<String>> subject) {
    Set<String> lines = new LinkedHashSet<>();
    subject._2().forEach(lines::add);
    var graph = GraphFactory.createDefaultGraph();
    RDFParser.source(
            new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)))
        .lang(Lang.NTRIPLES)
        .parse(graph);
    List<Triple> triples = graph.find().toList();
    OntologyMapping mapping = OntologyMapping.standard();
    List<GraphRow> rows = new ArrayList<>();
    boolean statement =
        triples.stream()
            .anyMatch(
                t ->
                    t.getPredicate().equals(RDF.type.asNode())
                        && t.getObject().equals(RDF.Statement.asNode()));
    if (statement) {
      statement(triples, mapping).ifPresent(rows::add);
      return rows.iterator();
    }
    if (triples.isEmpty()) {
      return rows.iterator();
    }
    Node s = triples.get(0).getSubject();
    Optional<NodeRef> node = mapping.parse(s);
    if (node.isEmpty()) {
      return rows.iterator(); // not under the ontology: the CLI's loader ignores it too
    }
    Map<String, Object> props = new HashMap<>();
    for (Triple t : triples) {
      Optional<String> type = mapping.relationshipType(t.getPredicate());
      Optional<NodeRef> to = mapping.parse(t.getObject());
      if (type.isPresent() && to.isPresent()) {
        rows.add(
            GraphRow.relationship(
                key(s, t.getPredicate(), t.getObject()),
                type.get(),
                node.get().label(),
                node.get().id(),
                to.get().label(),
                to.get().id()));
      } else if (t.getObject().isLiteral()) {
        mapping
            .key(t.getPredicate())
            .filter(k -> !k.onEdge() && !k.key().equals("id"))
            .ifPresent(
                k -> {
                  Object v = Literals.javaValue(t.getObject());
                  if (k.list()) {
                    @SuppressWarnings("unchecked")
                    List<Object> list =
                        (List<Object>) props.computeIfAbsent(k.key(), x -> new ArrayList<>());
                    list.add(v);
                  } else {
                    props.put(k.key(), v);
                  }
                });
      }
    }
    props
        .values()
        .forEach(
            v -> {
              if (v instanceof List<?> l) {
                ((List<?>) l).sort(null);
              }
            });
    rows.add(GraphRow.node(s.getURI(), node.get().label(), node.get().id(), props));
    return rows.iterator();
  }

  private static Optional<GraphRow> statement(List<Triple> triples, OntologyMapping mapping) {
    Map<Node, Node> parts = new HashMap<>();
    triples.forEach(t -> parts.put(t.getPredicate(), t.getObject()));
    Node from = parts.get(RDF.subject.asNode());
    Node p = parts.get(RDF.predicate.asNode());
    Node to = parts.get(RDF.object.asNode());
    if (from == null || p == null || to == null) {
      return Optional.empty();
    }
    Map<String, Object> props = new HashMap<>();
    triples.forEach(
        t ->
            mapping
                .key(t.getPredicate())
                .filter(k -> k.onEdge() && t.getObject().isLiteral())
                .ifPresent(k -> props.put(k.key(), Literals.javaValue(t.getObject()))));
    return Optional.of(GraphRow.relationshipProps(key(from, p, to), props));
  }

  static String key(Node from, Node p, Node to) {
    return from.getURI() + " " + p.getURI() + " " + to.getURI();
  }
}
