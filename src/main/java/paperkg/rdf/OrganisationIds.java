package paperkg.rdf;

import paperkg.nlp.OrgNames;

/**
 * The one place the RDF layer turns an organisation (a name, and the ROR id when a source gives one) into its node:
 * identity is {@link OrgNames#resolve}, so "Apple Inc." and "Apple", "HuggingFace" and "Hugging Face", and an
 * OpenAlex institution with a ROR id we know and the same organisation named in an abstract are one node each.
 */
public final class OrganisationIds {
  private OrganisationIds() {}

  public static OrgNames.Resolved resolve(String name, String ror) {
    return OrgNames.resolve(name, ror);
  }

  public static String id(OrgNames.Resolved org) {
    return Ids.organisation(org);
  }

  /** The ROR id as ROR writes it (https://ror.org/0abc12345), or null when none is known. */
  public static String ror(OrgNames.Resolved org) {
    String r = org.ror();
    return r == null || r.isBlank() || r.startsWith("https://") ? r : "https://ror.org/" + r;
  }
}
