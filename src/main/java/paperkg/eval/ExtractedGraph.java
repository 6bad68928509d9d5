package paperkg.eval;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import paperkg.nlp.Extraction;
import paperkg.nlp.TopicMention;
import paperkg.rdf.Ids;

/**
 * The graph a set of extractions would make, without a store: each paper's topics, and the BROADER
 * links of all papers merged by topic id ({@link Ids#slug}, as the store merges nodes), so an
 * ancestor named by one paper counts for every paper with that topic.
 */
public final class ExtractedGraph implements PaperGraph {
  private final Map<String, List<TopicMention>> topics = new HashMap<>();
  private final Map<String, Set<String>> broader = new HashMap<>();

  /** Names and alternative names by topic id. */
  private final Map<String, Set<String>> names = new HashMap<>();

  private final Map<String, EntityScoring.Predicted> entities = new HashMap<>();

  public ExtractedGraph(Iterable<Extraction> extractions) {
    for (Extraction e : extractions) {
      entities.put(e.paper().id(), EntityScoring.predicted(e));
      topics.put(e.paper().id(), e.topics());
      for (TopicMention t : e.topics()) {
        Set<String> up = broader.computeIfAbsent(Ids.slug(t.name()), k -> new LinkedHashSet<>());
        for (String b : t.broader()) {
          up.add(Ids.slug(b));
          names.computeIfAbsent(Ids.slug(b), k -> new LinkedHashSet<>()).add(b);
        }
        Set<String> n = names.computeIfAbsent(Ids.slug(t.name()), k -> new LinkedHashSet<>());
        n.add(t.name());
        n.addAll(t.altNames());
      }
    }
  }

  @Override
  public boolean contains(String paperId) {
    return topics.containsKey(paperId);
  }

  @Override
  public Set<String> topicNames(String paperId, int hops) {
    Set<String> out = new LinkedHashSet<>();
    Set<String> seen = new HashSet<>();
    Deque<Map.Entry<String, Integer>> todo = new ArrayDeque<>();
    for (TopicMention t : topics.getOrDefault(paperId, List.of())) {
      todo.add(Map.entry(Ids.slug(t.name()), 0));
    }
    while (!todo.isEmpty()) {
      Map.Entry<String, Integer> next = todo.poll();
      if (!seen.add(next.getKey())) {
        continue;
      }
      out.addAll(names.getOrDefault(next.getKey(), Set.of()));
      if (next.getValue() < hops) {
        for (String b : broader.getOrDefault(next.getKey(), Set.of())) {
          todo.add(Map.entry(b, next.getValue() + 1));
        }
      }
    }
    return out;
  }

  @Override
  public EntityScoring.Predicted entities(String paperId) {
    return entities.getOrDefault(
        paperId, new EntityScoring.Predicted(List.of(), List.of(), List.of()));
  }
}
