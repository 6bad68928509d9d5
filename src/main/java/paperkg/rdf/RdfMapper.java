package paperkg.rdf;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import paperkg.nlp.AffiliationMention;
import paperkg.nlp.Extraction;
import paperkg.nlp.Keyphrase;
import paperkg.nlp.MethodMention;
import paperkg.nlp.OrgMention;
import paperkg.nlp.TopicMention;
import paperkg.source.Author;
import paperkg.source.Paper;

/** Turns what was extracted from a paper into triples under the paperkg ontology. */
public final class RdfMapper {
  private final OntologyMapping mapping;

  public RdfMapper(OntologyMapping mapping) {
    this.mapping = mapping;
  }

  /** The paper, its authors, topics, methods and organisations, linked to the import run. */
  public Facts toFacts(Extraction e, ImportRun run) {
    FactsBuilder b = new FactsBuilder(mapping);
    Node paper = paperNode(b, e.paper());
    keyphrases(b, e);
    if (run != null) {
      b.edge(paper, "IMPORTED_IN", runNode(b, run), Map.of());
    }
    authors(b, e, paper);
    categories(b, e.paper(), paper);
    for (TopicMention t : e.topics()) {
      Node topic =
          b.node(
              "Topic",
              Ids.slug(t.name()),
              props("name", t.name(), "altNames", t.altNames(), "exactMatch", t.iri()));
      b.edge(
          paper,
          "HAS_TOPIC",
          topic,
          props("score", t.score(), "rank", t.rank(), "evidence", t.evidence()));
      t.broader().forEach(broader -> broaderEdge(b, t.name(), broader));
      t.ancestors().forEach(link -> broaderEdge(b, link.narrower(), link.broader()));
    }
    for (MethodMention m : e.methods()) {
      Node method = b.node("Method", Ids.slug(m.name()), props("name", m.name(), "kind", m.kind()));
      b.edge(paper, m.relation().name(), method, props("evidence", m.evidence()));
    }
    for (OrgMention o : e.organisations()) {
      boolean listed =
          o.relation() == OrgMention.Relation.SUBMITTED_BY && e.paper().submitter() != null;
      Node org = orgNode(b, o.name(), listed ? e.paper().submitter().handle() : null);
      b.edge(paper, o.relation().name(), org, props("evidence", o.evidence()));
    }
    return b.build();
  }

  /**
   * One BROADER link; two spellings of one slug ("vision-language model", "vision language model")
   * are one node.
   */
  private static void broaderEdge(FactsBuilder b, String narrower, String broader) {
    if (!Ids.slug(broader).equals(Ids.slug(narrower))) {
      b.edge(
          b.node("Topic", Ids.slug(narrower), props("name", narrower)),
          "BROADER",
          b.node("Topic", Ids.slug(broader), props("name", broader)),
          Map.of());
    }
  }

  /** The import run node alone, e.g. to mark it finished. */
  public Facts runFacts(ImportRun run) {
    FactsBuilder b = new FactsBuilder(mapping);
    runNode(b, run);
    return b.build();
  }

  private Node paperNode(FactsBuilder b, Paper p) {
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("title", p.title());
    props.put("abstract", p.abstractText().isEmpty() ? null : p.abstractText());
    props.put("published", p.published());
    props.put("upvotes", p.upvotes());
    props.put("authorCount", p.authorCount());
    props.put("url", p.url());
    props.put("source", p.source());
    props.put("keywords", p.keywords());
    props.put("doi", p.doi());
    props.put("arxivId", p.arxivId());
    props.put("externalTopics", p.externalTopics());
    return b.node("Paper", p.id(), props);
  }

  /**
   * The paper's ranked keyphrases (paper-specific phrases, not topics) and their scores, in rank
   * order.
   */
  private static void keyphrases(FactsBuilder b, Extraction e) {
    b.node(
        "Paper",
        e.paper().id(),
        props(
            "keyphrases", e.keyphrases().stream().map(Keyphrase::text).toList(),
            "keyphraseScores", e.keyphrases().stream().map(Keyphrase::score).toList()));
  }

  private void authors(FactsBuilder b, Extraction e, Node paper) {
    int position = 1;
    Map<String, Node> authors = new HashMap<>();
    for (Author a : e.paper().authors()) {
      Node author =
          b.node("Author", Ids.slug(a.name()), props("name", a.name(), "orcid", a.orcid()));
      authors.putIfAbsent(a.name(), author);
      b.edge(author, "AUTHORED", paper, props("position", position++));
    }
    // Resolved in nlp (AuthorAffiliations): source institutions with ROR ids, or names parsed from
    // strings.
    for (AffiliationMention m : e.affiliations()) {
      Node author = authors.get(m.author());
      if (author != null) {
        var o = OrganisationIds.resolve(m.name(), m.ror());
        Node org =
            b.node(
                "Organisation",
                o.id(),
                props("name", o.name(), "ror", o.ror(), "country", m.country(), "type", m.type()));
        b.edge(author, "AFFILIATED_WITH", org, Map.of());
      }
    }
  }

  /** arXiv categories as their own nodes, named from the taxonomy; never Topic nodes. */
  private void categories(FactsBuilder b, Paper p, Node paper) {
    for (String code : p.categories()) {
      Node category =
          b.node("Category", code, props("code", code, "name", ArxivCategories.nameOrCode(code)));
      b.edge(paper, "IN_CATEGORY", category, Map.of());
    }
  }

  /** One node per organisation across papers and sources: identity is {@link OrganisationIds}. */
  private Node orgNode(FactsBuilder b, String name, String handle) {
    var o = OrganisationIds.resolve(name, null);
    return b.node(
        "Organisation", o.id(), props("name", o.name(), "handle", handle, "ror", o.ror()));
  }

  private Node runNode(FactsBuilder b, ImportRun run) {
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("startedAt", run.startedAt());
    props.put("finishedAt", run.finishedAt());
    props.put("source", run.source());
    props.put("sha256", run.sha256());
    props.put("papers", run.papers());
    return b.node("ImportRun", run.id(), props);
  }

  /** Map.of that tolerates null values (left out when written). */
  private static Map<String, Object> props(Object... keyValues) {
    Map<String, Object> m = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      Object v = keyValues[i + 1];
      if (v != null && !(v instanceof List<?> l && l.isEmpty())) {
        m.put((String) keyValues[i], v);
      }
    }
    return m;
  }
}
