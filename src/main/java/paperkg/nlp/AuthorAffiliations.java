package paperkg.nlp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import paperkg.source.Author;
import paperkg.source.Institution;
import paperkg.source.Paper;

/**
 * The organisations each author of a paper is affiliated with. Institutions a source resolved
 * itself (OpenAlex, with ROR ids) are taken as they are and that source's raw strings are not
 * parsed again: OpenAlex has already matched them, our parse would add the same institution under a
 * second name, and a string it could not match is mostly an address ("Ridgmar Blvd. Fort Worth,
 * Tex"). Authors with only strings (Crossref, arXiv) get the names {@link Affiliations} finds in
 * them. One mention per distinct (author, organisation).
 */
public final class AuthorAffiliations {
  private AuthorAffiliations() {}

  public static List<AffiliationMention> of(Paper paper) {
    List<AffiliationMention> out = new ArrayList<>();
    for (Author a : paper.authors()) {
      Map<String, AffiliationMention> distinct = new LinkedHashMap<>();
      for (Institution i : a.institutions()) {
        String key = i.ror() != null ? i.ror() : i.name().toLowerCase(Locale.ROOT);
        distinct.putIfAbsent(
            key, new AffiliationMention(a.name(), i.name(), i.ror(), i.country(), i.type(), null));
      }
      if (!a.sourceResolved()) {
        for (String affiliation : a.affiliations()) {
          for (String org : Affiliations.organisations(affiliation)) {
            distinct.putIfAbsent(
                org.toLowerCase(Locale.ROOT),
                new AffiliationMention(a.name(), org, null, null, null, affiliation));
          }
        }
      }
      out.addAll(distinct.values());
    }
    return out;
  }
}
