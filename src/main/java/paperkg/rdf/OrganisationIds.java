package paperkg.rdf;

/**
 * The id of an Organisation node — the one place that decides organisation identity, so the switch to the
 * entities work's name resolution (nlp.OrgNames.resolve(name, ror)) is one change here. A ROR id decides:
 * {@code ror-03yrm5c26} whatever the name; without one, the slug of the name as before.
 */
public final class OrganisationIds {
  private OrganisationIds() {}

  public static String id(String name, String ror) {
    if (ror != null && !ror.isBlank()) {
      String s = ror.strip();
      return "ror-" + s.substring(s.lastIndexOf('/') + 1);
    }
    return Ids.slug(name);
  }
}
