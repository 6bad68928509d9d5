package paperkg.rdf;

import java.util.List;
import org.apache.jena.graph.Triple;

/** RDF triples under the paperkg ontology: the hand-off from {@code rdf} to {@code neo4j}. */
public record Facts(List<Triple> triples) {
  public Facts {
    triples = List.copyOf(triples);
  }

  public int size() {
    return triples.size();
  }

  /**
   * How many subjects are typed {@code type} (rdf:type triples), e.g. the papers of an RDF import.
   */
  public long countOfType(org.apache.jena.graph.Node type) {
    return triples.stream()
        .filter(
            t ->
                t.getPredicate().equals(org.apache.jena.vocabulary.RDF.Nodes.type)
                    && t.getObject().equals(type))
        .map(Triple::getSubject)
        .distinct()
        .count();
  }
}
