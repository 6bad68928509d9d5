package paperkg.source;

import java.util.List;
import java.util.Objects;

/**
 * A paper's author as the listing names them, with the affiliations the source gives (often none).
 *
 * @param affiliations affiliation strings as the source writes them ("Dept. of X, Univ. Y, Italy")
 * @param orcid the ORCID as a URL when the source gives one, else null
 * @param institutions institutions the source resolved itself (OpenAlex, with ROR ids); empty for most sources
 */
public record Author(String name, List<String> affiliations, String orcid, List<Institution> institutions) {
  public Author {
    Objects.requireNonNull(name, "name");
    affiliations = List.copyOf(affiliations);
    institutions = List.copyOf(institutions);
  }

  /** A name and affiliation strings, no ORCID or resolved institutions (most sources). */
  public Author(String name, List<String> affiliations) {
    this(name, affiliations, null, List.of());
  }

  public static Author of(String name) {
    return new Author(name, List.of());
  }
}
