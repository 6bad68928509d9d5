package paperkg.nlp;

import java.util.Objects;

/**
 * A named method, model, dataset, benchmark, metric or tool and how the paper relates to it.
 *
 * @param kind one of method | model | dataset | benchmark | metric | tool
 * @param evidence the sentence it was found in
 */
public record MethodMention(String name, String kind, Relation relation, String evidence) {
  public enum Relation {
    PROPOSES,
    USES
  }

  public MethodMention {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(relation, "relation");
  }
}
