package paperkg.nlp;

import java.util.Objects;

/** An organisation related to a paper: named in the abstract, or the listing's submitter. */
public record OrgMention(String name, Relation relation, String evidence) {
  public enum Relation {
    MENTIONS,
    SUBMITTED_BY
  }

  public OrgMention {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(relation, "relation");
  }
}
