package paperkg.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.summary.SummaryCounters;
import paperkg.PaperkgException;
import paperkg.rdf.Facts;
import paperkg.rdf.OntologyMapping;

/**
 * Loads facts (RDF) into Neo4j. Each call of {@link #write} is one transaction: it first looks up
 * in bulk which of the batch's nodes the store holds, then every label and every relationship shape
 * gets one fixed {@code UNWIND $batch.rows AS row ...} query per kind — CREATE for nodes the lookup
 * did not find and for relationships with such an end, MERGE for the rest — sent in chunks of
 * {@code batchSize} rows. Labels and types come from the ontology (never from input data); all
 * values are parameters. MERGE on the unique id of what is stored makes a re-import change nothing.
 * One writer per store at a time: a second process writing the same new ids between the lookup and
 * the commit fails on the unique constraint instead of merging.
 */
public final class GraphWriter {
  private static final String WARM_UP_ID = "\u0000paperkg-warm-up";
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final GraphStore store;
  private final OntologyMapping mapping;
  private final int batchSize;
  private final Map<String, String> queries = new ConcurrentHashMap<>();
  private final Counts counts = new Counts();
  private volatile CompletableFuture<Void> warmedUp = CompletableFuture.completedFuture(null);

  public GraphWriter(GraphStore store, OntologyMapping mapping, int batchSize) {
    this.store = store;
    this.mapping = mapping;
    this.batchSize = batchSize;
  }

  /** Applies cypher/schema.cypher (unique ids, indexes); idempotent. */
  public void applySchema() {
    // one transaction: on a bulk-loaded store the indexes then fill in one scan instead of one
    // after another (13 statements, 7 of them uniqueness constraints)
    try (Session session = store.session()) {
      session.executeWriteWithoutResult(
          tx -> {
            for (String statement : schemaStatements()) {
              tx.run(statement).consume();
            }
          });
    } catch (Neo4jException e) {
      throw PaperkgException.unavailable(
          "cannot apply the schema to " + store + ": " + e.getMessage(), e);
    }
  }

  /**
   * Waits until every index is online: after the schema is applied to a store that already holds
   * data (a bulk load), the indexes are built in the background.
   */
  public void awaitIndexes() {
    try (Session session = store.session()) {
      session.run("CALL db.awaitIndexes(600)").consume();
    } catch (Neo4jException e) {
      throw PaperkgException.unavailable("indexing " + store + " failed: " + e.getMessage(), e);
    }
  }

  /** Writes one batch of facts in one transaction; returns what it created. */
  public Counts write(Facts facts) {
    return write(prepare(facts));
  }

  /**
   * Writes {@code facts} in one transaction, in which the papers {@code replaced} first lose the
   * relationships their earlier facts made (all outgoing but IMPORTED_IN, and their AUTHORED): a
   * paper annotated again then holds what its new facts say, not the union with the old ones.
   */
  public Counts write(Facts facts, Collection<String> replaced) {
    return write(prepare(facts), replaced);
  }

  /**
   * The stored {@code fingerprint} of each of {@code paperIds} that is a stored paper with one, in
   * one query.
   */
  public Map<String, String> storedFingerprints(Collection<String> paperIds) {
    Map<String, String> stored = new HashMap<>();
    try (Session session = store.session(org.neo4j.driver.AccessMode.READ)) {
      session
          .executeRead(
              tx ->
                  tx.run(
                          new Query(
                              FINGERPRINTS, Map.of("batch", Map.of("ids", List.copyOf(paperIds)))))
                      .list())
          .forEach(r -> stored.put(r.get(0).asString(), r.get(1).asString()));
    } catch (Neo4jException e) {
      throw PaperkgException.unavailable("reading from " + store + " failed: " + e.getMessage(), e);
    }
    return stored;
  }

  private static final String FINGERPRINTS =
      "CYPHER replan=skip UNWIND $batch.ids AS id "
          + "MATCH (p:Paper {id: id}) WHERE p.fingerprint IS NOT NULL RETURN p.id, p.fingerprint";

  private static final String FORGET_RELATIONSHIPS =
      "CYPHER replan=skip UNWIND $batch.ids AS id "
          + "MATCH (p:Paper {id: id}) CALL { WITH p MATCH (p)-[r]->() WHERE type(r) <> 'IMPORTED_IN' DELETE r } "
          + "CALL { WITH p MATCH (:Author)-[r:AUTHORED]->(p) DELETE r }";

  /**
   * Facts turned into rows: the CPU side of a write, apart so the database side can be timed alone.
   */
  public Batch prepare(Facts facts) {
    return new Batch(Rows.of(facts.triples(), mapping));
  }

  /** Rows ready to write ({@link #prepare}). */
  public static final class Batch {
    final Rows rows;

    private Batch(Rows rows) {
      this.rows = rows;
    }
  }

  /** Writes prepared rows in one transaction; returns what it created. */
  public Counts write(Batch prepared) {
    return write(prepared, List.of());
  }

  private Counts write(Batch prepared, Collection<String> replaced) {
    awaitWarmUp();
    Rows rows = prepared.rows;
    Counts batch = new Counts();
    try (Session session = store.session()) {
      session.executeWriteWithoutResult(
          tx -> {
            batch.reset(); // a retried transaction starts again
            if (!replaced.isEmpty()) {
              tx.run(
                      new Query(
                          FORGET_RELATIONSHIPS,
                          Map.of("batch", Map.of("ids", List.copyOf(replaced)))))
                  .consume();
            }
            writeRows(tx, rows, batch);
          });
    } catch (Neo4jException e) {
      throw PaperkgException.unavailable("writing to " + store + " failed: " + e.getMessage(), e);
    }
    batch.ignoredTriples = rows.ignored();
    counts.add(batch);
    return batch;
  }

  /**
   * Plans every write query and runs it once on a throw-away node and relationship of each shape
   * the ontology declares (rdfs:domain/range), in a transaction that is rolled back: nothing is
   * stored. A fresh JVM's first batch otherwise pays for query planning and cold code paths
   * (measured ~10 s, docs/PERFORMANCE.md); the import does this while the CoreNLP models load, off
   * the critical path.
   */
  public void warmUp() {
    warmUp(false);
  }

  private void warmUp(boolean stoppable) {
    Rows rows = Rows.of(warmUpTriples(), mapping);
    try (Session session = store.session();
        Transaction transaction = session.beginTransaction()) {
      SimpleQueryRunner tx = stoppable ? new StoppableRunner(transaction) : transaction;
      writeRows(tx, rows, new Counts()); // nothing stored yet: the CREATE queries
      writeRows(tx, rows, new Counts()); // now all stored: the MERGE queries
      warmUpListQueries(tx);
      Map<String, Object> ids = Map.of("batch", Map.of("ids", List.of(WARM_UP_ID)));
      tx.run(new Query(FORGET_RELATIONSHIPS, ids)).consume();
      tx.run(new Query(FINGERPRINTS, ids)).consume();
      transaction.rollback();
    } catch (WarmUpStopped e) {
      // the first write came first: it plans its own queries (the transaction rolls back on close)
    } catch (Neo4jException e) {
      throw PaperkgException.unavailable("cannot write to " + store + ": " + e.getMessage(), e);
    }
  }

  /** Set by the first write: a warm-up still running then stops at its next query. */
  private volatile boolean stopWarmUp;

  private static final class WarmUpStopped extends RuntimeException {
    WarmUpStopped() {
      super(null, null, false, false);
    }
  }

  /** The warm-up's transaction, which stops before a query once {@link #stopWarmUp} is set. */
  private final class StoppableRunner implements SimpleQueryRunner {
    private final SimpleQueryRunner tx;

    StoppableRunner(SimpleQueryRunner tx) {
      this.tx = tx;
    }

    private SimpleQueryRunner next() {
      if (stopWarmUp) {
        throw new WarmUpStopped();
      }
      return tx;
    }

    @Override
    public Result run(String query, Value parameters) {
      return next().run(query, parameters);
    }

    @Override
    public Result run(String query, Map<String, Object> parameters) {
      return next().run(query, parameters);
    }

    @Override
    public Result run(String query, Record parameters) {
      return next().run(query, parameters);
    }

    @Override
    public Result run(String query) {
      return next().run(query);
    }

    @Override
    public Result run(Query query) {
      return next().run(query);
    }
  }

  /**
   * {@link #warmUp} on a thread of its own: the store takes reads (the fingerprint lookups) and the
   * annotation runs meanwhile. The first write stops it if it is still running (the write then
   * plans its own queries, as it would have without a warm-up) and waits for it to end, at most one
   * query. Run before the import, the warm-up was most of the store's start (the example listing at
   * load 5: 60 of 115 s, every write query planned once) and the annotation waited for it; an
   * unchanged re-import, which writes only its run, waited for it all.
   */
  public void warmUpInBackground() {
    CompletableFuture<Void> done = new CompletableFuture<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                warmUp(true);
                done.complete(null);
              } catch (RuntimeException e) { // reported by the first write, if one comes
                done.completeExceptionally(e);
              }
            },
            "paperkg-query-warm-up");
    thread.setDaemon(true);
    warmedUp = done;
    thread.start();
  }

  private void awaitWarmUp() {
    stopWarmUp = !warmedUp.isDone();
    try {
      warmedUp.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  /** How many distinct write queries this writer has built (and so sent to Neo4j's plan cache). */
  int preparedQueries() {
    return queries.size();
  }

  /**
   * One relationship of each declared shape between placeholder nodes (ids no real input produces).
   */
  private List<Triple> warmUpTriples() {
    Graph ontology = mapping.ontologyGraph();
    List<Triple> triples = new ArrayList<>();
    ontology
        .find(Node.ANY, RDFS.domain.asNode(), Node.ANY)
        .forEachRemaining(
            d -> {
              Node property = d.getSubject();
              var range = ontology.find(property, RDFS.range.asNode(), Node.ANY).nextOptional();
              var from = mapping.labelOfType(d.getObject());
              var to = range.flatMap(r -> mapping.labelOfType(r.getObject()));
              if (mapping.relationshipType(property).isPresent()
                  && from.isPresent()
                  && to.isPresent()) {
                triples.add(
                    Triple.create(
                        mapping.iri(from.get().label(), WARM_UP_ID),
                        property,
                        mapping.iri(to.get().label(), WARM_UP_ID)));
              }
            });
    return triples;
  }

  /**
   * Marks an import run as running again: a re-import of the same input reuses the run's node, and
   * until it finishes the node must not keep the earlier run's {@code finishedAt}, or a re-import
   * killed half-way would look complete.
   */
  public void markUnfinished(String runId) {
    try (Session session = store.session()) {
      session.executeWriteWithoutResult(
          tx -> tx.run(new Query(MARK_UNFINISHED, Map.of("id", runId))).consume());
    } catch (Neo4jException e) {
      throw PaperkgException.unavailable("writing to " + store + " failed: " + e.getMessage(), e);
    }
  }

  private static final String MARK_UNFINISHED =
      "MATCH (r:ImportRun {id: $id}) REMOVE r.finishedAt, r.papers";

  /** Totals over every write of this writer. */
  public Counts totals() {
    return counts;
  }

  /** One write query and the rows it runs over (in chunks of {@code batchSize}). */
  public record Statement(String cypher, List<Map<String, Object>> rows) {}

  /**
   * The queries for {@code prepared} when nothing is known of the store: every node and
   * relationship MERGEd. Public for profiling tools; {@link #write(Batch)} CREATEs what its lookup
   * finds new.
   */
  public List<Statement> statements(Batch prepared) {
    return statements(prepared.rows, null);
  }

  /**
   * The queries for {@code rows}, in order: node writes first (the relationship queries MATCH their
   * ends), then relationships. With {@code stored} (the ids per label the store already holds,
   * looked up in bulk in the same transaction), the other nodes are CREATEd, and so is every
   * relationship with a created end: no uniqueness seek-and-lock per node and no Expand(Into) per
   * relationship for what cannot exist yet.
   */
  private List<Statement> statements(Rows rows, Map<String, Set<String>> stored) {
    List<Statement> statements = new ArrayList<>();
    Map<String, Set<String>> created = new HashMap<>();
    rows.nodes.forEach(
        (label, byId) -> {
          List<Map<String, Object>> fresh = new ArrayList<>();
          // grouped by the list keys a row has: the list-union SETs (and the Eager they need) only
          // run for rows
          // that add to a list — most rows add none, and for them the plain MERGE is ~2x faster
          Map<List<String>, List<Map<String, Object>>> byLists = new LinkedHashMap<>();
          for (Rows.NodeRow row : byId.values()) {
            if (stored != null && !stored.getOrDefault(label, Set.of()).contains(row.id)) {
              fresh.add(row.toParameter());
              created.computeIfAbsent(label, k -> new HashSet<>()).add(row.id);
              continue;
            }
            List<String> keys = mapping.listKeys().stream().filter(row.lists::containsKey).toList();
            byLists.computeIfAbsent(keys, k -> new ArrayList<>()).add(row.toParameter());
          }
          if (!fresh.isEmpty()) {
            statements.add(new Statement(createQuery(label), fresh));
          }
          byLists.forEach(
              (keys, params) -> statements.add(new Statement(nodeQuery(label, keys), params)));
        });
    rows.rels.forEach(
        (key, byEnds) -> {
          Set<String> newFrom = created.getOrDefault(key.from(), Set.of());
          Set<String> newTo = created.getOrDefault(key.to(), Set.of());
          List<Map<String, Object>> fresh = new ArrayList<>();
          List<Map<String, Object>> merged = new ArrayList<>();
          for (Map<String, Object> row : byEnds.values()) {
            (newFrom.contains(row.get("from")) || newTo.contains(row.get("to")) ? fresh : merged)
                .add(row);
          }
          if (!fresh.isEmpty()) {
            statements.add(new Statement(relQuery(key, true), fresh));
          }
          if (!merged.isEmpty()) {
            statements.add(new Statement(relQuery(key, false), merged));
          }
        });
    return statements;
  }

  private void writeRows(SimpleQueryRunner tx, Rows rows, Counts batch) {
    statements(rows, stored(tx, rows)).forEach(s -> run(tx, s.cypher(), s.rows(), batch));
  }

  /** Which of the batch's node ids the store holds, per label: one query per label and chunk. */
  private Map<String, Set<String>> stored(SimpleQueryRunner tx, Rows rows) {
    Map<String, Set<String>> stored = new HashMap<>();
    rows.nodes.forEach(
        (label, byId) -> {
          List<String> ids = List.copyOf(byId.keySet());
          Set<String> found = new HashSet<>();
          for (int from = 0; from < ids.size(); from += batchSize) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + batchSize));
            tx.run(new Query(storedQuery(label), Map.of("batch", Map.of("ids", chunk))))
                .list(r -> r.get(0).asString())
                .forEach(found::add);
          }
          stored.put(label, found);
        });
    return stored;
  }

  private String storedQuery(String label) {
    return queries.computeIfAbsent(
        "stored:" + label,
        k ->
            "CYPHER replan=skip UNWIND $batch.ids AS id MATCH (n:"
                + quote(label)
                + " {id: id}) RETURN n.id");
  }

  /**
   * The CREATE of a label's nodes known to be new: lists are set as they come (nothing stored to
   * union with).
   */
  private String createQuery(String label) {
    return queries.computeIfAbsent(
        "create:" + label,
        k -> {
          StringBuilder q = new StringBuilder();
          q.append(PREFIX)
              .append("CREATE (n:")
              .append(quote(label))
              .append(" {id: row.id}) SET n += row.props");
          for (String list : mapping.listKeys()) {
            q.append(", n.").append(quote(list)).append(" = row.lists.").append(quote(list));
          }
          return q.toString();
        });
  }

  /**
   * Plans the node queries of rows that add to lists: one placeholder row per label and list-key
   * subset.
   */
  private void warmUpListQueries(SimpleQueryRunner tx) {
    List<String> all = mapping.listKeys();
    for (var label : mapping.labels()) {
      for (int mask = 1; mask < (1 << Math.min(all.size(), 4)); mask++) {
        List<String> keys = new ArrayList<>();
        Map<String, Object> lists = new HashMap<>();
        for (int i = 0; i < all.size() && i < 4; i++) {
          if ((mask & (1 << i)) != 0) {
            keys.add(all.get(i));
            lists.put(all.get(i), List.of(""));
          }
        }
        Map<String, Object> row = Map.of("id", WARM_UP_ID, "props", Map.of(), "lists", lists);
        tx.run(new Query(nodeQuery(label.label(), keys), parameters(List.of(row)))).consume();
      }
    }
  }

  private void run(
      SimpleQueryRunner tx, String cypher, List<Map<String, Object>> all, Counts batch) {
    for (int from = 0; from < all.size(); from += batchSize) {
      List<Map<String, Object>> chunk = all.subList(from, Math.min(all.size(), from + batchSize));
      SummaryCounters c = tx.run(new Query(cypher, parameters(chunk))).consume().counters();
      batch.nodes += c.nodesCreated();
      batch.relationships += c.relationshipsCreated();
      batch.properties += c.propertiesSet();
    }
  }

  /**
   * The rows wrapped in a map: Neo4j 5 keys its plan cache on the parameter types including a size
   * bucket of every top-level list parameter, so {@code $rows} of 45 and of 5,000 rows were two
   * plans, and every chunk size a batch happened to have cost a fresh plan (~0.1–1 s each, measured
   * in docs/PERFORMANCE.md). Inside a map the list carries no size hint: one plan per query, the
   * one {@link #warmUp} makes.
   */
  public static Map<String, Object> parameters(List<Map<String, Object>> chunk) {
    return Map.of("batch", Map.of("rows", chunk));
  }

  /**
   * Every write query starts with this. {@code replan=skip}: use the cached plan even when the
   * store's statistics have drifted (they always do while a load grows the store from empty, and
   * Neo4j then replans at most every 10 s). The plans are unique-index seeks whatever the
   * statistics, so a replan never helps.
   */
  static final String PREFIX = "CYPHER replan=skip UNWIND $batch.rows AS row ";

  /**
   * The MERGE of a label's nodes whose rows add to exactly the lists {@code listKeys} (ontology
   * keys).
   */
  private String nodeQuery(String label, List<String> listKeys) {
    return queries.computeIfAbsent(
        "node:" + label + ":" + String.join(",", listKeys),
        k -> {
          StringBuilder q = new StringBuilder();
          q.append(PREFIX)
              .append("MERGE (n:")
              .append(quote(label))
              .append(" {id: row.id}) SET n += row.props");
          for (String list : listKeys) {
            String key = quote(list);
            // union with what is stored, so altNames seen in other papers or runs are kept
            q.append(" SET n.")
                .append(key)
                .append(" = CASE WHEN row.lists.")
                .append(key)
                .append(" IS NULL THEN n.")
                .append(key)
                .append(" ELSE reduce(acc = coalesce(n.")
                .append(key)
                .append(", []), x IN row.lists.")
                .append(key)
                .append(" | CASE WHEN x IN acc THEN acc ELSE acc + x END) END");
          }
          return q.toString();
        });
  }

  private String relQuery(Rows.RelKey key, boolean create) {
    return queries.computeIfAbsent(
        "rel:" + key + ":" + create,
        k ->
            // MATCH, not MERGE, for the ends: Rows gives every end a node row, and node queries run
            // first in
            // the same transaction, so the ends exist; MATCH takes no locks and creates nothing
            // twice.
            PREFIX
                + "MATCH (a:"
                + quote(key.from())
                + " {id: row.from}) MATCH (b:"
                + quote(key.to())
                + " {id: row.to}) "
                + (create ? "CREATE" : "MERGE")
                + " (a)-[r:"
                + quote(key.type())
                + "]->(b) SET r += row.props");
  }

  static String quote(String identifier) {
    if (!IDENTIFIER.matcher(identifier).matches()) {
      throw new IllegalArgumentException("not a plain identifier: " + identifier);
    }
    return "`" + identifier + "`";
  }

  static List<String> schemaStatements() {
    try (InputStream in = GraphWriter.class.getResourceAsStream("/paperkg/cypher/schema.cypher")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<String> statements = new ArrayList<>();
      StringBuilder current = new StringBuilder();
      for (String line : text.split("\n")) {
        if (line.strip().startsWith("//") || line.isBlank()) {
          continue;
        }
        current.append(line).append('\n');
        if (line.strip().endsWith(";")) {
          statements.add(current.toString().strip().replaceAll(";$", ""));
          current.setLength(0);
        }
      }
      return statements;
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("schema.cypher missing from the jar", e);
    }
  }

  /** What writes created (MERGE of existing things creates nothing). */
  public static final class Counts {
    public long nodes;
    public long relationships;
    public long properties;
    public long ignoredTriples;

    void add(Counts other) {
      nodes += other.nodes;
      relationships += other.relationships;
      properties += other.properties;
      ignoredTriples += other.ignoredTriples;
    }

    void reset() {
      nodes = relationships = properties = ignoredTriples = 0;
    }
  }
}
