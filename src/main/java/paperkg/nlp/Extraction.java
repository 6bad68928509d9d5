package paperkg.nlp;

import java.util.List;
import java.util.Objects;
import paperkg.source.Paper;

/** Everything extracted from one paper; the hand-off from {@code nlp} to {@code rdf}. Lists are ranked/ordered. */
public record Extraction(
    Paper paper,
    int tokens,
    List<Keyphrase> keyphrases,
    List<TopicMention> topics,
    List<MethodMention> methods,
    List<OrgMention> organisations) {
  public Extraction {
    Objects.requireNonNull(paper, "paper");
    keyphrases = List.copyOf(keyphrases);
    topics = List.copyOf(topics);
    methods = List.copyOf(methods);
    organisations = List.copyOf(organisations);
  }
}
