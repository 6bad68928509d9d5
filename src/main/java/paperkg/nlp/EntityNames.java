package paperkg.nlp;

import java.util.Locale;
import java.util.Set;

/**
 * The one test of whether a phrase names one of a paper's methods, models or organisations, so that
 * such names are neither organisations (for methods) nor Topic nodes (for both): "TrialPanorama" is
 * the paper's system, "Tsinghua University" an organisation, neither a research topic.
 */
public final class EntityNames {
  private EntityNames() {}

  /**
   * @param lowerCaseNames the paper's method and organisation names, lower-cased
   * @return the surface is one of the names, or leads one ("Mistral" of "Mistral Nemo 12B")
   */
  public static boolean isNameOf(Set<String> lowerCaseNames, String surface) {
    String lower = surface.toLowerCase(Locale.ROOT);
    for (String m : lowerCaseNames) {
      if (m.equals(lower) || m.startsWith(lower + " ")) {
        return true;
      }
    }
    return false;
  }
}
