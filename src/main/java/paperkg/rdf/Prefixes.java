package paperkg.rdf;

import java.util.LinkedHashMap;
import java.util.Map;

/** The prefixes of the ontology file, reused for every RDF paperkg writes. */
public final class Prefixes {
  private Prefixes() {}

  public static Map<String, String> standard() {
    Map<String, String> m = new LinkedHashMap<>(OntologyMapping.standard().ontologyGraph().getPrefixMapping().getNsPrefixMap());
    m.put("id", "https://paperkg.org/id/");
    return m;
  }
}
