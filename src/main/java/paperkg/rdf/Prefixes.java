package paperkg.rdf;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The prefixes of every RDF paperkg writes and every SPARQL query it parses (CLI and endpoint): the
 * ontology file's own, {@code id:} for the instance base, and one per class for its instances
 * ({@code paper:}, {@code topic:}, {@code method:}, {@code organisation:}, {@code author:}, {@code
 * run:}). A SPARQL prefixed name cannot hold an unescaped {@code /}, so {@code id:org/openbmb} is a
 * syntax error while {@code organisation:openbmb} (or {@code id:org\/openbmb}) names the same IRI.
 */
public final class Prefixes {
  private Prefixes() {}

  public static Map<String, String> standard() {
    OntologyMapping mapping = OntologyMapping.standard();
    Map<String, String> m =
        new LinkedHashMap<>(mapping.ontologyGraph().getPrefixMapping().getNsPrefixMap());
    m.put("id", "https://paperkg.org/id/");
    for (OntologyMapping.LabelMapping label : mapping.labels()) {
      // The segment names the prefix unless a vocabulary has it already (org: is W3C ORG): then the
      // class label.
      String name =
          m.containsKey(label.segment()) ? label.label().toLowerCase(Locale.ROOT) : label.segment();
      m.putIfAbsent(name, mapping.iri(label.label(), "").getURI());
    }
    return m;
  }

  /**
   * The prefixes as a SPARQL prologue on one line, so the line numbers of a query after it stay the
   * same.
   */
  public static String sparqlPrologue() {
    StringBuilder b = new StringBuilder();
    standard()
        .forEach(
            (prefix, ns) ->
                b.append("PREFIX ").append(prefix).append(": <").append(ns).append("> "));
    return b.toString();
  }
}
