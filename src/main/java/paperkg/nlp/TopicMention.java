package paperkg.nlp;

import java.util.List;
import java.util.Objects;

/**
 * A topic of one paper: {@code name} is the canonical concept ("large language model"), {@code
 * altNames} the other surface forms seen for it here ("LLMs", "LLM"). Rank 1 is the best. {@code
 * broader} names the more general concepts it specializes ("offline reinforcement learning" →
 * "reinforcement learning"); {@code ancestors} are the BROADER links above those, up to the fields,
 * so a store holding only this paper has the whole chain. {@code iri} is the concept's IRI in a
 * user's SKOS scheme, else null.
 */
public record TopicMention(
    String name,
    List<String> altNames,
    double score,
    int rank,
    String evidence,
    List<String> broader,
    List<Link> ancestors,
    String iri) {
  /** One BROADER link: {@code narrower} → {@code broader}. */
  public record Link(String narrower, String broader) {}

  public TopicMention {
    Objects.requireNonNull(name, "name");
    altNames = List.copyOf(altNames);
    broader = List.copyOf(broader);
    ancestors = List.copyOf(ancestors);
  }

  public TopicMention(
      String name,
      List<String> altNames,
      double score,
      int rank,
      String evidence,
      List<String> broader) {
    this(name, altNames, score, rank, evidence, broader, List.of(), null);
  }

  public TopicMention(String name, List<String> altNames, double score, int rank, String evidence) {
    this(name, altNames, score, rank, evidence, List.of());
  }
}
