package paperkg.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import paperkg.neo4j.GraphStore;

/**
 * A whole graph as sorted lines, one per node ({@code labels {props}}) and one per relationship
 * ({@code (from)-[TYPE {props}]->(to)} by id), so two graphs compare with one assertEquals. Import
 * run times are left out: they differ between any two runs.
 */
public final class GraphDump {
  /** Properties that differ by when a run happened, not by what was imported. */
  private static final Set<String> RUN_TIMES = Set.of("startedAt", "finishedAt");

  private GraphDump() {}

  public static List<String> of(GraphStore store) {
    List<String> lines = new ArrayList<>();
    try (Session session = store.session()) {
      for (Record r : session.run("MATCH (n) RETURN labels(n) AS l, properties(n) AS p").list()) {
        List<String> labels = new ArrayList<>(r.get("l").asList(org.neo4j.driver.Value::asString));
        labels.sort(null);
        lines.add(labels + " " + canonical(r.get("p").asMap(), labels.contains("ImportRun")));
      }
      for (Record r :
          session
              .run(
                  "MATCH (a)-[r]->(b) RETURN labels(a)[0] + ':' + a.id AS a, type(r) AS t,"
                      + " properties(r) AS p, labels(b)[0] + ':' + b.id AS b")
              .list()) {
        lines.add(
            "("
                + r.get("a").asString()
                + ")-["
                + r.get("t").asString()
                + " "
                + canonical(r.get("p").asMap(), false)
                + "]->("
                + r.get("b").asString()
                + ")");
      }
    }
    lines.sort(null);
    return lines;
  }

  private static String canonical(Map<String, Object> props, boolean importRun) {
    TreeMap<String, Object> sorted = new TreeMap<>();
    props.forEach(
        (k, v) -> {
          if (!(importRun && RUN_TIMES.contains(k))) {
            sorted.put(k, v instanceof Collection<?> c ? List.copyOf(c) : v);
          }
        });
    return sorted.toString();
  }

  /** The first lines that differ, for a readable failure message. */
  public static String diff(List<String> expected, List<String> actual) {
    List<String> missing = new ArrayList<>(expected);
    missing.removeAll(Set.copyOf(actual));
    List<String> extra = new ArrayList<>(actual);
    extra.removeAll(Set.copyOf(expected));
    return "missing "
        + missing.size()
        + ": "
        + missing.subList(0, Math.min(5, missing.size()))
        + "\nextra "
        + extra.size()
        + ": "
        + extra.subList(0, Math.min(5, extra.size()));
  }
}
