package paperkg.eval;

import java.util.List;
import java.util.Objects;

/**
 * One hand-annotated corpus paper in the format of the gold corpus-dev.jsonl (see the annotation
 * guide): the organisations named in it, the names it proposes and uses, and the topics a librarian
 * would index it under. The text itself is not in the gold file: it is scored against a graph or a
 * file of papers.
 */
public record CorpusGold(
    String id, List<Org> orgs, List<Name> proposed, List<Name> used, List<Topic> topics) {
  /** An organisation named in the paper: its canonical name and the strings that name it. */
  public record Org(String name, List<String> surface) {
    public Org {
      Objects.requireNonNull(name, "name");
      surface = List.copyOf(surface);
    }
  }

  /** A proposed or used name, as written, with its kind (method, model, dataset ...). */
  public record Name(String name, String kind) {
    public Name {
      Objects.requireNonNull(name, "name");
    }
  }

  /** A librarian topic: {@code level} is broad (a field or well-known area) or specific. */
  public record Topic(String topic, List<String> alt, String level) {
    public Topic {
      Objects.requireNonNull(topic, "topic");
      alt = List.copyOf(alt);
    }

    public boolean broad() {
      return "broad".equals(level);
    }
  }

  public CorpusGold {
    Objects.requireNonNull(id, "id");
    orgs = List.copyOf(orgs);
    proposed = List.copyOf(proposed);
    used = List.copyOf(used);
    topics = List.copyOf(topics);
  }
}
