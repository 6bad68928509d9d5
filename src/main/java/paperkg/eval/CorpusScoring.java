package paperkg.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * The sections of {@code eval corpus}, in report order. A new section (organisations, proposed and
 * used names) is one more line here and one {@link CorpusSection} class.
 */
public final class CorpusScoring {
  private CorpusScoring() {}

  public static List<CorpusSection> sections(List<CorpusGold> gold, PaperGraph graph) {
    List<CorpusSection> out = new ArrayList<>();
    out.add(TopicRecall.score(gold, graph));
    out.addAll(EntityScoring.sections(gold, graph));
    return out;
  }
}
