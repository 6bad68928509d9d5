package paperkg.nlp;

import java.util.List;
import java.util.Objects;
import paperkg.source.Paper;

/**
 * Everything extracted from one paper; the hand-off from {@code nlp} to {@code rdf}. Lists are
 * ranked/ordered.
 */
public record Extraction(
    Paper paper,
    int tokens,
    List<Keyphrase> keyphrases,
    List<TopicMention> topics,
    List<MethodMention> methods,
    List<OrgMention> organisations,
    List<AffiliationMention> affiliations) {
  public Extraction {
    Objects.requireNonNull(paper, "paper");
    keyphrases = List.copyOf(keyphrases);
    topics = List.copyOf(topics);
    methods = List.copyOf(methods);
    organisations = List.copyOf(organisations);
    affiliations = List.copyOf(affiliations);
  }

  /** The authors' affiliations derived from the paper's metadata (no CoreNLP needed for them). */
  public Extraction(
      Paper paper,
      int tokens,
      List<Keyphrase> keyphrases,
      List<TopicMention> topics,
      List<MethodMention> methods,
      List<OrgMention> organisations) {
    this(paper, tokens, keyphrases, topics, methods, organisations, AuthorAffiliations.of(paper));
  }
}
