package paperkg.source;

import java.util.Objects;

/**
 * An institution a source names for an author (OpenAlex authorships[].institutions[]), with what
 * the source knows of it. Only {@code name} is required; a source that gives only affiliation
 * strings has none of these.
 *
 * @param ror the ROR id as a URL ({@code https://ror.org/03vek6s52}), or null; it decides
 *     organisation identity
 * @param country ISO 3166-1 alpha-2 code, or null
 * @param type the source's institution type (OpenAlex/ROR: education, company, facility ...), or
 *     null
 */
public record Institution(String name, String ror, String country, String type) {
  public Institution {
    Objects.requireNonNull(name, "name");
  }
}
