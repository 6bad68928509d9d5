package paperkg.nlp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The BROADER links of a vocabulary as a DAG: links to names that are not entries, self-links and
 * links that would close a cycle (possible in a user's scheme; the shipped vocabulary has none, its
 * links always go to a concept in more papers) are dropped.
 */
final class TopicHierarchy {
  private final Map<String, List<String>> broader = new HashMap<>();

  TopicHierarchy(TopicVocabulary vocabulary) {
    // longer names first: when a scheme's links form a cycle, the link out of the most
    // general-looking
    // concept is the one dropped ("machine learning" → "offline reinforcement learning", not the
    // reverse)
    List<TopicVocabulary.Entry> entries = new ArrayList<>(vocabulary.entries());
    entries.sort(
        java.util.Comparator.comparingInt((TopicVocabulary.Entry e) -> -e.name().length()));
    for (TopicVocabulary.Entry e : entries) {
      List<String> up = new ArrayList<>();
      for (String b : e.broader()) {
        if (!b.equals(e.name()) && vocabulary.named(b) != null && !reaches(b, e.name())) {
          up.add(b);
          broader.put(e.name(), up);
        }
      }
    }
  }

  /** Whether {@code to} is {@code from} or one of its ancestors, through the links kept so far. */
  private boolean reaches(String from, String to) {
    Deque<String> todo = new ArrayDeque<>(List.of(from));
    Set<String> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      String n = todo.pop();
      if (n.equals(to)) {
        return true;
      }
      if (seen.add(n)) {
        todo.addAll(broader.getOrDefault(n, List.of()));
      }
    }
    return false;
  }

  List<String> broader(String name) {
    return broader.getOrDefault(name, List.of());
  }

  /** Every link above {@code name}'s direct ones (breadth first, each once). */
  List<TopicMention.Link> ancestors(String name) {
    Set<TopicMention.Link> out = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(broader(name));
    Set<String> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      String n = todo.poll();
      if (!seen.add(n)) {
        continue;
      }
      for (String b : broader(n)) {
        out.add(new TopicMention.Link(n, b));
        todo.add(b);
      }
    }
    return new ArrayList<>(out);
  }

  /** {@code name} and all its ancestors. */
  Set<String> lineage(String name) {
    Set<String> out = new LinkedHashSet<>(List.of(name));
    for (TopicMention.Link l : ancestors(name)) {
      out.add(l.broader());
    }
    out.addAll(broader(name));
    return out;
  }
}
