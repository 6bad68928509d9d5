package paperkg.spark;

import java.io.Serializable;
import java.util.Map;

/**
 * One piece of the graph as the connector writes it, gathered from the N-Triples of one subject: a
 * node with its properties, a relationship's ends, or the properties of a relationship (from its
 * rdf:Statement).
 *
 * @param key for relationships and their properties: the relationship's identity ({@code from type
 *     to} IRIs), to join the two; for nodes the subject IRI
 * @param label node label, or the relationship type
 * @param props values as Spark SQL takes them: String, Long, Double, LocalDate, Instant, or a
 *     String list
 */
record GraphRow(
    Kind kind,
    String key,
    String label,
    String fromLabel,
    String fromId,
    String toLabel,
    String toId,
    String id,
    Map<String, Object> props)
    implements Serializable {
  enum Kind {
    NODE,
    RELATIONSHIP,
    RELATIONSHIP_PROPS
  }

  static GraphRow node(String iri, String label, String id, Map<String, Object> props) {
    return new GraphRow(Kind.NODE, iri, label, null, null, null, null, id, props);
  }

  static GraphRow relationship(
      String key, String type, String fromLabel, String fromId, String toLabel, String toId) {
    return new GraphRow(
        Kind.RELATIONSHIP, key, type, fromLabel, fromId, toLabel, toId, null, Map.of());
  }

  static GraphRow relationshipProps(String key, Map<String, Object> props) {
    return new GraphRow(Kind.RELATIONSHIP_PROPS, key, null, null, null, null, null, null, props);
  }

  GraphRow withProps(Map<String, Object> more) {
    return new GraphRow(kind, key, label, fromLabel, fromId, toLabel, toId, id, more);
  }

  /** Relationships of one type between two labels are written by one connector query. */
  String shape() {
    return label + " " + fromLabel + " " + toLabel;
  }
}
