package paperkg.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Query;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.summary.ProfiledPlan;
import org.neo4j.driver.summary.ResultSummary;
import paperkg.neo4j.GraphStore;
import paperkg.neo4j.GraphWriter;
import paperkg.neo4j.StoreSettings;
import paperkg.rdf.Facts;
import paperkg.rdf.OntologyMapping;

/**
 * Profiles the writer's actual queries (docs/PERFORMANCE.md): loads all but the last batch of a
 * LoadProbe run, then runs each query of the last batch with PROFILE (first chunk only) in a
 * rolled-back transaction and prints the plan with rows/db hits, and the plain per-query time.
 * Usage: ProfileProbe FILE N PAPERS_PER_TX ROWS_PER_QUERY
 */
public final class ProfileProbe {
  private ProfileProbe() {}

  public static void main(String... args) throws Exception {
    int rowsPerQuery = Integer.parseInt(args[3]);
    List<Facts> batches =
        LoadProbe.batches(args[0], Integer.parseInt(args[1]), Integer.parseInt(args[2]));
    OntologyMapping mapping = OntologyMapping.standard();
    Path dir = Files.createTempDirectory("paperkg-profile");
    try (GraphStore store = GraphStore.open(StoreSettings.embedded(dir))) {
      GraphWriter writer = new GraphWriter(store, mapping, rowsPerQuery);
      writer.applySchema();
      for (Facts f : batches.subList(0, batches.size() - 1)) {
        writer.write(f);
      }
      Map<String, List<Map<String, Object>>> work = new java.util.LinkedHashMap<>();
      for (var statement : writer.statements(writer.prepare(batches.get(batches.size() - 1)))) {
        work.put(statement.cypher(), statement.rows());
      }
      // each trial in its own rolled-back transaction: the same starting state every time
      for (var e : work.entrySet()) {
        List<Map<String, Object>> all = e.getValue();
        List<Map<String, Object>> big = all.subList(0, Math.min(rowsPerQuery, all.size()));
        List<Map<String, Object>> small = all.subList(0, Math.min(45, all.size()));
        System.out.println(e.getKey().substring(0, Math.min(70, e.getKey().length())));
        for (var c : List.of(big, big, big, small, small, big)) {
          try (var session = store.session();
              Transaction tx = session.beginTransaction()) {
            long t0 = System.nanoTime();
            ResultSummary r = tx.run(new Query(e.getKey(), GraphWriter.parameters(c))).consume();
            double ms = (System.nanoTime() - t0) / 1e6;
            System.out.printf(
                "  %5d rows %7.1f ms (server %d ms) %.0f rows/s%n",
                c.size(),
                ms,
                r.resultAvailableAfter(java.util.concurrent.TimeUnit.MILLISECONDS),
                c.size() / ms * 1e3);
            tx.rollback();
          }
        }
        if (System.getProperty("profile") != null) {
          try (var session = store.session();
              Transaction tx = session.beginTransaction()) {
            print(
                tx.run(new Query("PROFILE " + e.getKey(), GraphWriter.parameters(big)))
                    .consume()
                    .profile(),
                "  ");
            tx.rollback();
          }
        }
      }
    }
  }

  private static void print(ProfiledPlan p, String indent) {
    System.out.printf(
        "%s%s rows=%d dbHits=%d %s%n",
        indent,
        p.operatorType(),
        p.records(),
        p.dbHits(),
        p.arguments().getOrDefault("Details", org.neo4j.driver.Values.NULL).toString());
    for (ProfiledPlan c : p.children()) {
      print(c, indent + "  ");
    }
  }
}
