package paperkg.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A paper's topics: its concepts that are vocabulary entries ({@link TopicVocabulary}), named as a
 * whole (not only inside a longer phrase: "policy optimization" of "group relative policy
 * optimization" is reached through BROADER instead), and really discussed — in the title, in the
 * first sentence, or at least twice — best first by mentions (title counts double), at most {@value
 * #MAX}; concepts named once only fill up to {@value #MIN}. Fields come through the hierarchy; a
 * paper none of whose topics leads to a field gets the field its words match best ({@link
 * TopicFields}).
 */
final class TopicSelector {
  static final int MAX = 5;

  /**
   * Concepts named only once fill up to this many topics: on the dev set, taking every once-named
   * concept gives 3.5 topics per paper and librarian recall 0.41, taking none 2.4 and 0.35.
   */
  static final int MIN = 3;

  private final TopicVocabulary vocabulary;
  private final TopicHierarchy hierarchy;
  private final TopicFields fields;

  TopicSelector(TopicVocabulary vocabulary, TopicFields fields) {
    this.vocabulary = vocabulary;
    this.hierarchy = new TopicHierarchy(vocabulary);
    this.fields = fields;
  }

  private record Choice(Concept concept, TopicVocabulary.Entry entry, double relevance) {}

  List<TopicMention> select(Annotated a, List<Concept> concepts) {
    List<Choice> discussed = new ArrayList<>();
    List<Choice> named = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (Concept c : concepts) {
      TopicVocabulary.Entry e = vocabulary.get(c.key);
      if (e == null || c.nameOnly || c.count + c.embedded == 0) {
        continue;
      }
      if (names.add(e.name())) {
        (discussed(c) ? discussed : named).add(new Choice(c, e, relevance(c)));
      }
    }
    Comparator<Choice> best =
        Comparator.<Choice>comparingDouble(ch -> -ch.relevance())
            .thenComparing(ch -> ch.concept().first.index());
    discussed.sort(best);
    named.sort(best);
    List<Choice> chosen = new ArrayList<>(discussed.subList(0, Math.min(MAX, discussed.size())));
    // a paper that discusses few vocabulary concepts still gets up to MIN of those it names once
    for (Choice ch : named) {
      if (chosen.size() < MIN) {
        chosen.add(ch);
      }
    }
    double max = chosen.isEmpty() ? 1 : chosen.get(0).relevance();
    List<TopicMention> out = new ArrayList<>();
    Set<String> reached = new HashSet<>();
    for (Choice ch : chosen) {
      Concept c = ch.concept();
      List<String> alt = new ArrayList<>();
      for (String s : c.surfaces) {
        if (!s.equalsIgnoreCase(ch.entry().name())) {
          alt.add(s);
        }
      }
      out.add(mention(ch.entry(), alt, ch.relevance() / max, out.size() + 1, c.first.text()));
      reached.addAll(hierarchy.lineage(ch.entry().name()));
    }
    if (fields != null && !vocabulary.isUser()) {
      // fields hook (fields helper): TopicFields decides which fields the paper's words add
      for (String f : fields.toAdd(a, reached, MAX + 1 - out.size())) {
        if (vocabulary.named(f) != null) {
          out.add(
              mention(
                  vocabulary.named(f),
                  List.of(),
                  0.1,
                  out.size() + 1,
                  a.sentences().isEmpty() ? "" : a.sentences().get(0).text()));
        }
      }
    }
    return out;
  }

  private TopicMention mention(
      TopicVocabulary.Entry e, List<String> alt, double score, int rank, String evidence) {
    return new TopicMention(
        e.name(),
        alt,
        Math.round(score * 1000) / 1000.0,
        rank,
        evidence,
        hierarchy.broader(e.name()),
        hierarchy.ancestors(e.name()),
        e.iri());
  }

  /**
   * In the title or first sentence, or mentioned at least twice (whole, inside or at the end of
   * phrases).
   */
  private static boolean discussed(Concept c) {
    return c.inTitle || c.inFirst || c.mentions() >= 2;
  }

  private static double relevance(Concept c) {
    return (c.count + c.embedded + 0.5 * c.tailCount) * (c.inTitle ? 2 : 1) * (c.inFirst ? 1.2 : 1);
  }
}
