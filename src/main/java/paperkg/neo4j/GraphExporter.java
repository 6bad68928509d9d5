package paperkg.neo4j;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;
import paperkg.PaperkgException;
import paperkg.rdf.FactsBuilder;
import paperkg.rdf.OntologyMapping;
import paperkg.rdf.Prefixes;

/**
 * The graph as RDF, generically through the ontology mapping: for every mapped label, nodes are
 * read in pages ordered by id (keyset paging on the unique-id index, one short read transaction per
 * page) with their outgoing relationships, turned into triples by the same {@link FactsBuilder} the
 * importer uses, and pushed into a {@link StreamRDF} — so memory holds one page, whatever the size
 * of the graph.
 *
 * <p>Labels, relationship types and property keys the ontology does not map are left out and
 * counted.
 */
public final class GraphExporter {
  /** What an export wrote and what it had to leave out. */
  public record Counts(long nodes, long relationships, long skipped) {}

  static final int PAGE = 1000;
  private static final String PAGE_QUERY =
      "MATCH (n:%s) WHERE n.id > $after WITH n ORDER BY n.id LIMIT $page "
          + "RETURN n.id AS id, properties(n) AS props, "
          + "[(n)-[r]->(m) WHERE m.id IS NOT NULL | {type: type(r), labels: labels(m), id: m.id, props: properties(r)}] AS out";

  private final GraphStore store;
  private final OntologyMapping mapping;
  private long nodes;
  private long relationships;
  private long skipped;

  public GraphExporter(GraphStore store, OntologyMapping mapping) {
    this.store = store;
    this.mapping = mapping;
  }

  /** The whole graph as an in-memory Jena graph (for SHACL and SPARQL; export streams instead). */
  public static Graph toGraph(GraphStore store) {
    Graph g = GraphFactory.createDefaultGraph();
    new GraphExporter(store, OntologyMapping.standard()).export(StreamRDFLib.graph(g));
    return g;
  }

  /**
   * Streams every mapped node and relationship into {@code sink} (start, prefixes, triples,
   * finish).
   */
  public Counts export(StreamRDF sink) {
    nodes = relationships = skipped = 0;
    sink.start();
    Prefixes.standard().forEach(sink::prefix);
    try (Session session = store.session(org.neo4j.driver.AccessMode.READ)) {
      for (OntologyMapping.LabelMapping label : mapping.labels()) {
        exportLabel(session, label.label(), sink);
      }
    } catch (Neo4jException e) {
      throw PaperkgException.unavailable("reading " + store + " failed: " + e.getMessage(), e);
    }
    sink.finish();
    return new Counts(nodes, relationships, skipped);
  }

  private void exportLabel(Session session, String label, StreamRDF sink) {
    String query = PAGE_QUERY.formatted(GraphWriter.quote(label));
    String after = "";
    while (true) {
      String from = after;
      List<Record> page =
          session.executeRead(tx -> tx.run(query, Map.of("after", from, "page", PAGE)).list());
      if (page.isEmpty()) {
        return;
      }
      FactsBuilder b = new FactsBuilder(mapping);
      page.forEach(r -> node(b, label, r));
      b.build().triples().forEach(sink::triple);
      after = page.get(page.size() - 1).get("id").asString();
    }
  }

  private void node(FactsBuilder b, String label, Record r) {
    String id = r.get("id").asString();
    Node subject = b.node(label, id, mapped(label, r.get("props").asMap()));
    nodes++;
    for (Value rel : r.get("out").values()) {
      String type = rel.get("type").asString();
      Optional<String> target = targetLabel(rel.get("labels").asList(Value::asString));
      if (!mapping.relationshipTypes().contains(type) || target.isEmpty()) {
        skipped++;
        continue;
      }
      Node object = mapping.iri(target.get(), rel.get("id").asString());
      b.edge(subject, type, object, mappedEdge(rel.get("props").asMap()));
      relationships++;
    }
  }

  private Optional<String> targetLabel(List<String> labels) {
    return labels.stream()
        .filter(l -> mapping.labels().stream().anyMatch(m -> m.label().equals(l)))
        .findFirst();
  }

  private Map<String, Object> mapped(String label, Map<String, Object> props) {
    Map<String, Object> kept = new HashMap<>();
    props.forEach(
        (key, value) -> {
          if (key.equals("id")) {
            return; // the builder writes the id itself
          }
          if (mapping.nodeKey(label, key).isPresent()) {
            kept.put(key, value);
          } else {
            skipped++;
          }
        });
    return kept;
  }

  private Map<String, Object> mappedEdge(Map<String, Object> props) {
    Map<String, Object> kept = new HashMap<>();
    props.forEach(
        (key, value) -> {
          if (mapping.edgeKey(key).isPresent()) {
            kept.put(key, value);
          } else {
            skipped++;
          }
        });
    return kept;
  }
}
