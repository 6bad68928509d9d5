package paperkg.rdf;

import paperkg.nlp.OrgNames;

/**
 * The id of an Organisation node — the one place that applies organisation identity ({@link OrgNames#resolve}).
 * A ROR id decides: {@code ror-03yrm5c26} whatever the name, and a name we know to have a ROR id ("Monash
 * University" in an abstract) gets that same id; without one, the slug of the name's identity key, so
 * "Apple"/"Apple Inc.", "Hugging Face"/"HuggingFace", "MIT"/"Massachusetts Institute of Technology" are one node.
 */
public final class OrganisationIds {
  private OrganisationIds() {}

  public static String id(String name, String ror) {
    OrgNames.Resolved r = OrgNames.resolve(name, ror == null || ror.isBlank() ? null : ror.strip());
    return r.ror() != null ? "ror-" + r.ror() : Ids.slug(r.id());
  }

  /** The node's name: the canonical one when the name or ROR id is known ("MIT" → "Massachusetts …"). */
  public static String displayName(String name, String ror) {
    return OrgNames.resolve(name, ror == null || ror.isBlank() ? null : ror.strip()).name();
  }
}
