package paperkg.rdf;

import paperkg.nlp.OrgNames;

/**
 * Organisation node identity for every relationship that reaches one (MENTIONS, SUBMITTED_BY, AFFILIATED_WITH):
 * the one place the rdf layer asks, delegating to the entities layer's {@link OrgNames#resolve}. A ROR id the
 * lexicon knows decides identity and the display name; a name without one is matched by its identity key to
 * the organisations already known (aliases, ROR labels), so "University of X" from an abstract and the same
 * institution from OpenAlex are one node.
 *
 * <p>Known limit: a ROR id outside the lexicon is kept on the node but identity falls back to the name key, so
 * two institutions with one name ("Ministry of Health") and different ROR ids would merge.
 */
public final class OrganisationIds {
  private OrganisationIds() {}

  /** Id, display name and ROR URL of an organisation named {@code name}, with the ROR id (URL or bare) if any. */
  public record Organisation(String id, String name, String ror) {}

  public static Organisation resolve(String name, String ror) {
    OrgNames.Resolved r = OrgNames.resolve(name, ror == null || ror.isBlank() ? null : ror.strip());
    String rorUrl = ror != null && ror.startsWith("https://") ? ror.strip()
        : r.ror() != null ? "https://ror.org/" + r.ror() : null;
    return new Organisation(Ids.organisation(r), r.name(), rorUrl);
  }
}
