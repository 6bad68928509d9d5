package paperkg.eval;

import java.util.List;
import java.util.Objects;
import paperkg.source.Paper;

/**
 * One benchmark document: the paper to annotate and its gold phrases with their types (Inspec
 * keyphrases have type {@code keyphrase}; SciERC entities Method, Task, Material, Metric,
 * OtherScientificTerm, Generic).
 */
public record GoldDoc(Paper paper, List<Gold> gold) {
  public record Gold(String text, String type) {
    public Gold {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(type, "type");
    }
  }

  public GoldDoc {
    Objects.requireNonNull(paper, "paper");
    gold = List.copyOf(gold);
  }

  public String id() {
    return paper.id();
  }
}
