package paperkg.neo4j;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neo4j.driver.NotificationSeverity;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.summary.InputPosition;
import org.neo4j.driver.summary.Notification;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import paperkg.PaperkgException;
import paperkg.rdf.OntologyMapping;

/**
 * Runs user Cypher with parameters and returns plain Java values (maps, lists, strings, numbers).
 */
public final class CypherRunner {
  /**
   * Columns and rows of a query result; temporal values become ISO strings, nodes become maps.
   * {@code warnings}: Neo4j's warning notifications, one line each (a misspelt {@code p.titel}
   * returns nulls, and says so only here).
   */
  public record Result(List<String> columns, List<List<Object>> rows, List<String> warnings) {
    public Result(List<String> columns, List<List<Object>> rows) {
      this(columns, rows, List.of());
    }
  }

  private final GraphStore store;

  public CypherRunner(GraphStore store) {
    this.store = store;
  }

  /** Runs a read or write query in an auto-commit transaction with a timeout (0 = none). */
  public Result run(String cypher, Map<String, Object> params, long timeoutSeconds) {
    TransactionConfig config =
        timeoutSeconds > 0
            ? TransactionConfig.builder()
                .withTimeout(java.time.Duration.ofSeconds(timeoutSeconds))
                .build()
            : TransactionConfig.empty();
    try (Session session = store.session()) {
      var result = session.run(new Query(cypher, params), config);
      List<String> columns = result.keys();
      List<List<Object>> rows = new ArrayList<>();
      for (Record r : result.list()) {
        List<Object> row = new ArrayList<>();
        r.values().forEach(v -> row.add(plain(v)));
        rows.add(row);
      }
      return new Result(columns, rows, warnings(result.consume().notifications()));
    } catch (ClientException e) {
      if (String.valueOf(e.code()).contains("TransactionTimedOut")) {
        // The query ran and was stopped: the job failed (exit 1), the query was not wrong (exit 2).
        throw PaperkgException.jobFailed(
            "query timed out after " + timeoutSeconds + " s (--timeout)");
      }
      throw PaperkgException.usage(
          "Cypher error: " + e.getMessage().lines().findFirst().orElse(""));
    } catch (Neo4jException e) {
      throw PaperkgException.unavailable("query failed on " + store + ": " + e.getMessage(), e);
    }
  }

  /**
   * The WARNING-severity notifications as "title (line L, column C): description", each on one
   * line.
   */
  static List<String> warnings(List<Notification> notifications) {
    List<String> out = new ArrayList<>();
    for (Notification n : notifications) {
      boolean warning =
          n.severityLevel().map(s -> s.equals(NotificationSeverity.WARNING)).orElse(true);
      if (!warning || unknownButDeclared(n.code(), n.description())) {
        continue;
      }
      InputPosition at = n.position();
      String where = at == null ? "" : " (line " + at.line() + ", column " + at.column() + ")";
      out.add((n.title() + where + ": " + n.description()).replaceAll("\\s+", " ").strip());
    }
    return out;
  }

  private static final Pattern MISSING_NAME =
      Pattern.compile("\\(the missing [a-z ]+ is: ([^)]+)\\)");

  /**
   * Neo4j's "not in the database" warning for a label, relationship type or property key the
   * ontology declares: not a misspelling, only a graph without such data yet (the example listing
   * has no authors, so no AUTHORED), and the query library uses them all. Those are not passed on.
   */
  static boolean unknownButDeclared(String code, String description) {
    if (code == null
        || description == null
        || !(code.endsWith("UnknownLabelWarning")
            || code.endsWith("UnknownRelationshipTypeWarning")
            || code.endsWith("UnknownPropertyKeyWarning"))) {
      return false;
    }
    Matcher m = MISSING_NAME.matcher(description);
    return m.find() && OntologyMapping.standard().declares(m.group(1).strip());
  }

  static Object plain(Value v) {
    if (v.isNull()) {
      return null;
    }
    Object o = v.asObject();
    return plainObject(o);
  }

  private static Object plainObject(Object o) {
    if (o instanceof Node n) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("_labels", List.copyOf((java.util.Collection<String>) n.labels()));
      n.asMap().forEach((k, val) -> m.put(k, plainObject(val)));
      return m;
    } else if (o instanceof Relationship r) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("_type", r.type());
      r.asMap().forEach((k, val) -> m.put(k, plainObject(val)));
      return m;
    } else if (o instanceof Path p) {
      List<Object> parts = new ArrayList<>();
      p.nodes().forEach(n -> parts.add(plainObject(n)));
      return parts;
    } else if (o instanceof TemporalAccessor t) {
      return t.toString();
    } else if (o instanceof List<?> list) {
      return list.stream().map(CypherRunner::plainObject).toList();
    } else if (o instanceof Map<?, ?> map) {
      Map<String, Object> m = new LinkedHashMap<>();
      map.forEach((k, val) -> m.put(String.valueOf(k), plainObject(val)));
      return m;
    }
    return o;
  }
}
