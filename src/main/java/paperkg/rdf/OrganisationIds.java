package paperkg.rdf;

import paperkg.nlp.OrgNames;

/**
 * Organisation node identity for every relationship that reaches one (MENTIONS, SUBMITTED_BY,
 * AFFILIATED_WITH): the one place the rdf layer asks, delegating to the entities layer's {@link
 * OrgNames#resolve}. A ROR id decides: {@code ror-03yrm5c26} whatever the name, and a name we know
 * to have a ROR id ("Monash University" in an abstract) gets that same id; without one, the slug of
 * the name's identity key, so "Apple"/"Apple Inc.", "Hugging Face"/"HuggingFace",
 * "MIT"/"Massachusetts Institute of Technology" are one node.
 */
public final class OrganisationIds {
  private OrganisationIds() {}

  /**
   * Id, display name and ROR URL of an organisation named {@code name}, with the ROR id (URL or
   * bare) if any.
   */
  public record Organisation(String id, String name, String ror) {}

  public static Organisation resolve(String name, String ror) {
    OrgNames.Resolved r = OrgNames.resolve(name, ror == null || ror.isBlank() ? null : ror.strip());
    String id = r.ror() != null ? "ror-" + r.ror() : Ids.slug(r.id());
    String rorUrl =
        ror != null && ror.startsWith("https://")
            ? ror.strip()
            : r.ror() != null ? "https://ror.org/" + r.ror() : null;
    return new Organisation(id, r.name(), rorUrl);
  }
}
