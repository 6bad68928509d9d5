package paperkg.rdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import paperkg.PaperkgException;
import paperkg.nlp.TopicVocabulary;

/**
 * A user's SKOS concept scheme (Turtle, RDF/XML or any RDF syntax, by file extension) as the topic
 * layer: every {@code skos:Concept} with a {@code skos:prefLabel} (every labelled resource if none
 * is typed) is a concept; its {@code skos:altLabel}s name it too, its {@code skos:broader} links
 * become BROADER, and its IRI is kept ({@code skos:exactMatch} in the export). English or untagged
 * labels are preferred; one preferred label per concept.
 */
public final class SkosScheme {
  private SkosScheme() {}

  static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
  private static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

  public static TopicVocabulary read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw PaperkgException.usage("no such file: " + file);
    }
    List<Triple> triples = RdfFiles.read(file).triples();
    Map<Node, String> pref = new LinkedHashMap<>();
    Map<Node, Set<String>> alt = new HashMap<>();
    Map<Node, Set<Node>> broader = new HashMap<>();
    for (Triple t : triples) {
      String p = t.getPredicate().isURI() ? t.getPredicate().getURI() : "";
      if (p.equals(SKOS + "prefLabel") && t.getObject().isLiteral() && isEnglish(t.getObject())) {
        pref.putIfAbsent(t.getSubject(), t.getObject().getLiteralLexicalForm().strip());
      }
    }
    for (Triple t : triples) {
      String p = t.getPredicate().isURI() ? t.getPredicate().getURI() : "";
      if (p.equals(SKOS + "prefLabel") && t.getObject().isLiteral()) {
        pref.putIfAbsent(
            t.getSubject(), t.getObject().getLiteralLexicalForm().strip()); // no English label
      } else if (p.equals(SKOS + "altLabel")
          && t.getObject().isLiteral()
          && isEnglish(t.getObject())) {
        alt.computeIfAbsent(t.getSubject(), k -> new LinkedHashSet<>())
            .add(t.getObject().getLiteralLexicalForm().strip());
      } else if (p.equals(SKOS + "broader") && !t.getObject().isLiteral()) {
        broader.computeIfAbsent(t.getSubject(), k -> new LinkedHashSet<>()).add(t.getObject());
      } else if (p.equals(SKOS + "narrower") && !t.getObject().isLiteral()) {
        broader.computeIfAbsent(t.getObject(), k -> new LinkedHashSet<>()).add(t.getSubject());
      }
    }
    // the scheme itself (skos:ConceptScheme) has a prefLabel too: only typed concepts, when there
    // are any
    Set<Node> concepts = new java.util.HashSet<>();
    for (Triple t : triples) {
      if (t.getPredicate().getURI().equals(RDF_TYPE)
          && t.getObject().isURI()
          && t.getObject().getURI().equals(SKOS + "Concept")) {
        concepts.add(t.getSubject());
      }
    }
    if (!concepts.isEmpty()) {
      pref.keySet().retainAll(concepts);
    }
    if (pref.isEmpty()) {
      throw PaperkgException.badInput(file, 0, "no SKOS concept with a skos:prefLabel");
    }
    List<TopicVocabulary.Entry> entries = new ArrayList<>();
    pref.forEach(
        (concept, label) -> {
          List<String> up = new ArrayList<>();
          for (Node b : broader.getOrDefault(concept, Set.of())) {
            if (pref.containsKey(b)) {
              up.add(pref.get(b));
            }
          }
          entries.add(
              new TopicVocabulary.Entry(
                  label,
                  new ArrayList<>(alt.getOrDefault(concept, Set.of())),
                  up,
                  false,
                  concept.isURI() ? concept.getURI() : null,
                  0));
        });
    return TopicVocabulary.of(entries);
  }

  private static boolean isEnglish(Node literal) {
    String lang = literal.getLiteralLanguage();
    return lang.isEmpty() || lang.toLowerCase(java.util.Locale.ROOT).startsWith("en");
  }
}
