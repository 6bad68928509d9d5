package paperkg.nlp;

import java.util.List;
import java.util.Objects;

/**
 * A normalized topic of one paper: {@code name} is the canonical concept ("large language model"),
 * {@code altNames} the other surface forms seen for it here ("LLMs", "LLM"). Rank 1 is the best.
 */
public record TopicMention(String name, List<String> altNames, double score, int rank, String evidence) {
  public TopicMention {
    Objects.requireNonNull(name, "name");
    altNames = List.copyOf(altNames);
  }
}
