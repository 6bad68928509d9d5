package paperkg.nlp;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Country names (the JDK's English locale data plus the usual short forms and regions): places, not
 * organisations.
 */
final class Places {
  private Places() {}

  private static final Set<String> NAMES = names();

  private static Set<String> names() {
    Set<String> names =
        new HashSet<>(
            List.of(
                "usa",
                "u.s.a",
                "u.s.a.",
                "us",
                "u.s.",
                "uk",
                "u.k.",
                "p. r. china",
                "p.r. china",
                "pr china",
                "people's republic of china",
                "the netherlands",
                "korea",
                "south korea",
                "republic of korea",
                "russia",
                "england",
                "scotland",
                "wales",
                "iran",
                "taiwan",
                "vietnam",
                "hong kong",
                "africa",
                "europe",
                "asia",
                "america",
                "north america",
                "south america",
                "latin america",
                "middle east",
                "oceania"));
    for (String code : Locale.getISOCountries()) {
      names.add(new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(names);
  }

  /** The name (any case) is a country or region. */
  static boolean isPlace(String name) {
    return NAMES.contains(name.strip().toLowerCase(Locale.ROOT));
  }
}
