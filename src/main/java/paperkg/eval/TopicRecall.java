package paperkg.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Librarian-topic recall: a gold topic is found when its name or one of its alternatives,
 * Porter-stemmed ({@link Stems}), equals the stemmed name or alternative name of a topic of the
 * paper or of a BROADER ancestor up to {@link #HOPS} links away. Pooled over gold topics; reported
 * overall, broad and specific.
 */
public final class TopicRecall {
  private TopicRecall() {}

  /** How far up the hierarchy a gold topic may be found (the contract). */
  public static final int HOPS = 3;

  /** One count: gold topics found of all gold topics. */
  public record Count(int found, int gold) {
    public double recall() {
      return gold == 0 ? 0 : found / (double) gold;
    }
  }

  /** A gold topic that was not found, for the report's examples. */
  public record Miss(String paperId, String topic, String level) {}

  public record Report(
      int papers, int missingPapers, Count overall, Count broad, Count specific, List<Miss> misses)
      implements CorpusSection {
    @Override
    public String name() {
      return "topics";
    }

    @Override
    public List<List<Object>> rows() {
      List<List<Object>> rows = new ArrayList<>();
      rows.add(row("topic recall", overall));
      rows.add(row("topic recall broad", broad));
      rows.add(row("topic recall specific", specific));
      return rows;
    }

    private static List<Object> row(String measure, Count c) {
      return List.of(
          measure,
          c.found() + " / " + c.gold(),
          String.format(java.util.Locale.ROOT, "%.3f", c.recall()));
    }

    @Override
    public Map<String, Object> toJson() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("papers", papers);
      m.put("missingPapers", missingPapers);
      m.put("hops", HOPS);
      m.put("recall", Prf.round(overall.recall()));
      m.put("recallBroad", Prf.round(broad.recall()));
      m.put("recallSpecific", Prf.round(specific.recall()));
      m.put("found", overall.found());
      m.put("gold", overall.gold());
      return m;
    }
  }

  public static Report score(List<CorpusGold> gold, PaperGraph graph) {
    int[] all = new int[2];
    int[] broad = new int[2];
    int[] specific = new int[2];
    int missing = 0;
    List<Miss> misses = new ArrayList<>();
    for (CorpusGold paper : gold) {
      if (!graph.contains(paper.id())) {
        missing++;
      }
      Set<String> have = Scoring.stems(new ArrayList<>(graph.topicNames(paper.id(), HOPS)));
      for (CorpusGold.Topic t : paper.topics()) {
        boolean found =
            have.contains(Stems.of(t.topic()))
                || t.alt().stream().anyMatch(a -> have.contains(Stems.of(a)));
        int hit = found ? 1 : 0;
        count(all, hit);
        count(t.broad() ? broad : specific, hit);
        if (!found) {
          misses.add(new Miss(paper.id(), t.topic(), t.level()));
        }
      }
    }
    return new Report(
        gold.size(),
        missing,
        new Count(all[0], all[1]),
        new Count(broad[0], broad[1]),
        new Count(specific[0], specific[1]),
        misses);
  }

  private static void count(int[] c, int hit) {
    c[0] += hit;
    c[1]++;
  }
}
