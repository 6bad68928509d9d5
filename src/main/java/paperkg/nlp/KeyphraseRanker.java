package paperkg.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A paper's ranked keyphrases: its concepts mentioned whole or as the tail of a longer phrase, best
 * {@link KeyphraseModel} score first (ties: earlier sentence first), at most {@value #KEYPHRASES},
 * as written ({@link Concept#surface}). They stay paper-specific; topics are chosen apart ({@link
 * TopicSelector}).
 */
final class KeyphraseRanker {
  private KeyphraseRanker() {}

  static final int KEYPHRASES = 20;

  static List<Keyphrase> rank(List<Concept> concepts) {
    List<Concept> all = new ArrayList<>();
    for (Concept c : concepts) {
      if (c.count > 0 || c.tailCount > 0) {
        all.add(c);
      }
    }
    all.sort(
        Comparator.<Concept>comparingDouble(c -> -c.keyScore).thenComparing(c -> c.first.index()));
    List<Keyphrase> out = new ArrayList<>();
    for (Concept c : all.subList(0, Math.min(KEYPHRASES, all.size()))) {
      out.add(new Keyphrase(c.surface(), Math.round(c.keyScore * 1000) / 1000.0));
    }
    return out;
  }
}
