package paperkg.rdf;

import java.io.InputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The RDF ↔ Neo4j mapping declared in ontology/paperkg.ttl (pkg:neo4jLabel, pkg:neo4jType,
 * pkg:neo4jKey ...). The loader and the exporter are generic over it: adding a class or property to
 * the ontology is enough.
 */
public final class OntologyMapping {
  /** A label: its class and the path segment of its instances' IRIs. */
  public record LabelMapping(String label, Node type, String segment) {}

  /** A property key of nodes or relationships and the RDF property it is written with. */
  public record KeyMapping(
      String key,
      Node property,
      String datatype,
      String domainLabel,
      boolean list,
      boolean onEdge) {}

  private static final String RESOURCE = "/paperkg/ontology/paperkg.ttl";
  private static OntologyMapping standard;

  private final String base;
  private final Map<String, LabelMapping> labels = new LinkedHashMap<>();
  private final Map<Node, LabelMapping> labelsByType = new LinkedHashMap<>();
  private final Map<String, LabelMapping> labelsBySegment = new LinkedHashMap<>();
  private final Map<String, Node> propertyByType = new LinkedHashMap<>();
  private final Map<Node, String> typeByProperty = new LinkedHashMap<>();
  private final List<KeyMapping> keys = new ArrayList<>();
  private final Map<Node, KeyMapping> keyByProperty = new LinkedHashMap<>();
  private final Graph ontology;

  private OntologyMapping(Graph g) {
    this.ontology = g;
    this.base = literal(g, null, "resourceBase").orElseThrow();
    g.find(Node.ANY, Vocab.iri("neo4jLabel"), Node.ANY)
        .forEachRemaining(
            t -> {
              String segment = literal(g, t.getSubject(), "iriSegment").orElseThrow();
              var m =
                  new LabelMapping(t.getObject().getLiteralLexicalForm(), t.getSubject(), segment);
              labels.put(m.label(), m);
              labelsByType.put(m.type(), m);
              labelsBySegment.put(segment, m);
            });
    g.find(Node.ANY, Vocab.iri("neo4jType"), Node.ANY)
        .forEachRemaining(
            t -> {
              propertyByType.put(t.getObject().getLiteralLexicalForm(), t.getSubject());
              typeByProperty.put(t.getSubject(), t.getObject().getLiteralLexicalForm());
            });
    g.find(Node.ANY, Vocab.iri("neo4jKey"), Node.ANY)
        .forEachRemaining(
            t -> {
              Node p = t.getSubject();
              String domain =
                  g.find(p, Vocab.iri("neo4jDomain"), Node.ANY)
                      .nextOptional()
                      .map(d -> labelsByType.get(d.getObject()).label())
                      .orElse(null);
              var k =
                  new KeyMapping(
                      t.getObject().getLiteralLexicalForm(),
                      p,
                      g.find(p, Vocab.iri("neo4jDatatype"), Node.ANY).next().getObject().getURI(),
                      domain,
                      flag(g, p, "neo4jList"),
                      flag(g, p, "onEdge"));
              keys.add(k);
              keyByProperty.put(p, k);
            });
  }

  /** The mapping of the ontology shipped with paperkg (parsed once). */
  public static synchronized OntologyMapping standard() {
    if (standard == null) {
      Graph g = GraphFactory.createDefaultGraph();
      try (InputStream in = OntologyMapping.class.getResourceAsStream(RESOURCE)) {
        RDFParser.source(in).lang(Lang.TURTLE).parse(g);
      } catch (java.io.IOException e) {
        throw new IllegalStateException("cannot read " + RESOURCE, e);
      }
      standard = new OntologyMapping(g);
    }
    return standard;
  }

  public Graph ontologyGraph() {
    return ontology;
  }

  public Collection<LabelMapping> labels() {
    return labels.values();
  }

  public Optional<LabelMapping> labelOfType(Node type) {
    return Optional.ofNullable(labelsByType.get(type));
  }

  public LabelMapping label(String label) {
    LabelMapping m = labels.get(label);
    if (m == null) {
      throw new IllegalArgumentException("label not in the ontology: " + label);
    }
    return m;
  }

  /** The relationship type of an object property, if it is one of ours. */
  public Optional<String> relationshipType(Node property) {
    return Optional.ofNullable(typeByProperty.get(property));
  }

  public Node propertyOfType(String relationshipType) {
    Node p = propertyByType.get(relationshipType);
    if (p == null) {
      throw new IllegalArgumentException(
          "relationship type not in the ontology: " + relationshipType);
    }
    return p;
  }

  public Collection<String> relationshipTypes() {
    return propertyByType.keySet();
  }

  /**
   * Whether {@code name} is a label, relationship type or property key this ontology maps: a name
   * of the schema, even while no node, relationship or property in a store uses it yet.
   */
  public boolean declares(String name) {
    return labels.containsKey(name)
        || propertyByType.containsKey(name)
        || keys.stream().anyMatch(k -> k.key().equals(name));
  }

  public Optional<KeyMapping> key(Node property) {
    return Optional.ofNullable(keyByProperty.get(property));
  }

  /** The RDF property for a node key of a label (a mapping restricted to the label wins). */
  public Optional<KeyMapping> nodeKey(String label, String key) {
    KeyMapping general = null;
    for (KeyMapping k : keys) {
      if (k.onEdge() || !k.key().equals(key)) {
        continue;
      }
      if (label.equals(k.domainLabel())) {
        return Optional.of(k);
      }
      if (k.domainLabel() == null) {
        general = k;
      }
    }
    return Optional.ofNullable(general);
  }

  public Optional<KeyMapping> edgeKey(String key) {
    return keys.stream().filter(k -> k.onEdge() && k.key().equals(key)).findFirst();
  }

  /** Node keys that hold lists (merged by union when several sources add to them). */
  public List<String> listKeys() {
    return keys.stream()
        .filter(k -> k.list() && !k.onEdge())
        .map(KeyMapping::key)
        .distinct()
        .toList();
  }

  /** The IRI of a node: {@code <base><segment>/<url-encoded id>}. */
  public Node iri(String label, String id) {
    return NodeFactory.createURI(
        base + label(label).segment() + "/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
  }

  /** The label and id of one of our node IRIs, or empty for any other IRI. */
  public Optional<NodeRef> parse(Node iri) {
    if (!iri.isURI() || !iri.getURI().startsWith(base)) {
      return Optional.empty();
    }
    String rest = iri.getURI().substring(base.length());
    int slash = rest.indexOf('/');
    if (slash < 0) {
      return Optional.empty();
    }
    LabelMapping m = labelsBySegment.get(rest.substring(0, slash));
    if (m == null) {
      return Optional.empty();
    }
    return Optional.of(
        new NodeRef(
            m.label(), URLDecoder.decode(rest.substring(slash + 1), StandardCharsets.UTF_8)));
  }

  /** The IRI of a reified relationship: stable, derived from its three ends. */
  public Node statementIri(Triple t) {
    return NodeFactory.createURI(base + "stmt/" + Hashes.shortSha256(t.toString()));
  }

  /** A node as Neo4j knows it. */
  public record NodeRef(String label, String id) {}

  private static Optional<String> literal(Graph g, Node s, String local) {
    return g.find(s == null ? Node.ANY : s, Vocab.iri(local), Node.ANY)
        .nextOptional()
        .map(t -> t.getObject().getLiteralLexicalForm());
  }

  private static boolean flag(Graph g, Node s, String local) {
    return literal(g, s, local).map(Boolean::parseBoolean).orElse(false);
  }
}
