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
}
