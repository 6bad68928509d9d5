package paperkg.nlp;

import java.util.List;
import java.util.Objects;

/**
 * A normalized topic of one paper: {@code name} is the canonical concept ("large language model"),
 * {@code altNames} the other surface forms seen for it here ("LLMs", "LLM"). Rank 1 is the best.
 * {@code broader} names the more general concepts it specializes ("offline reinforcement learning" →
 * "reinforcement learning"): always shorter names, so the hierarchy has no cycles or self-links.
 */
public record TopicMention(
    String name, List<String> altNames, double score, int rank, String evidence, List<String> broader) {
  public TopicMention {
    Objects.requireNonNull(name, "name");
    altNames = List.copyOf(altNames);
    broader = List.copyOf(broader);
  }

  public TopicMention(String name, List<String> altNames, double score, int rank, String evidence) {
    this(name, altNames, score, rank, evidence, List.of());
  }
}
