package paperkg.nlp;

import java.util.Objects;

/**
 * An author's organisation in one paper: resolved by the source (OpenAlex institutions: ROR id,
 * country, type) or found in an affiliation string ("Dept. of Physics, University of Trento" →
 * University of Trento).
 *
 * @param ror the ROR id URL, or null; {@code country} and {@code type} are null unless the source
 *     gives them
 * @param evidence the affiliation string the name came from, or null for a source-resolved
 *     institution
 */
public record AffiliationMention(
    String author, String name, String ror, String country, String type, String evidence) {
  public AffiliationMention {
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(name, "name");
  }
}
