package paperkg.source;

import java.util.List;
import java.util.Objects;

/**
 * A paper's author as the listing names them, with the affiliations the source gives (often none).
 *
 * @param affiliations affiliation strings as the source writes them ("Dept. of X, Univ. Y, Italy")
 * @param orcid the ORCID as a URL when the source gives one, else null
 * @param institutions institutions the source resolved itself (OpenAlex, with ROR ids); empty for
 *     most sources
 * @param sourceResolved true when the source maps affiliations to institutions itself (OpenAlex):
 *     then the institutions are the whole answer, and strings it could not resolve are kept but not
 *     parsed again
 */
public record Author(
    String name,
    List<String> affiliations,
    String orcid,
    List<Institution> institutions,
    boolean sourceResolved) {
  public Author {
    Objects.requireNonNull(name, "name");
    affiliations = List.copyOf(affiliations);
    institutions = List.copyOf(institutions);
  }

  /** A name and affiliation strings, no ORCID or resolved institutions (most sources). */
  public Author(String name, List<String> affiliations) {
    this(name, affiliations, null, List.of(), false);
  }

  /** Affiliation strings and an ORCID, nothing resolved (Crossref, S2). */
  public Author(String name, List<String> affiliations, String orcid) {
    this(name, affiliations, orcid, List.of(), false);
  }

  public static Author of(String name) {
    return new Author(name, List.of());
  }
}
