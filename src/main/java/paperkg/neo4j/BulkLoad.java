package paperkg.neo4j;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.batchimport.api.BatchImporter;
import org.neo4j.batchimport.api.Configuration;
import org.neo4j.batchimport.api.IndexConfig;
import org.neo4j.batchimport.api.InputIterable;
import org.neo4j.batchimport.api.InputIterator;
import org.neo4j.batchimport.api.Monitor;
import org.neo4j.batchimport.api.input.Collector;
import org.neo4j.batchimport.api.input.IdType;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.batchimport.api.input.InputChunk;
import org.neo4j.batchimport.api.input.InputEntityVisitor;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.internal.batchimport.DefaultAdditionalIds;
import org.neo4j.internal.batchimport.input.Groups;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.layout.DatabaseLayout;
import org.neo4j.io.layout.Neo4jLayout;
import org.neo4j.io.pagecache.context.CursorContextFactory;
import org.neo4j.io.pagecache.tracing.PageCacheTracer;
import org.neo4j.kernel.impl.index.schema.IndexImporterFactoryImpl;
import org.neo4j.kernel.impl.scheduler.JobSchedulerFactory;
import org.neo4j.kernel.impl.transaction.log.files.TransactionLogInitializer;
import org.neo4j.logging.internal.NullLogService;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.storageengine.api.StorageEngineFactory;
import org.neo4j.values.storable.DateTimeValue;
import org.neo4j.values.storable.DateValue;
import org.neo4j.values.storable.Value;
import org.neo4j.values.storable.Values;
import paperkg.PaperkgException;

/**
 * The first load of a store that holds no database yet, with Neo4j's own offline importer (the
 * engine behind {@code neo4j-admin database import}), driven in this process from the rows the
 * transactional writer would send: no transactions, no locks, no Bolt, records written in sorted
 * passes. The store must not be running; the schema (unique constraints, indexes) is applied when
 * it is next opened ({@link GraphWriter#applySchema}), which builds the indexes over what is there.
 * The result is the graph that {@link GraphWriter#write(GraphWriter.Batch)} of the same batches, in
 * order, would leave (BulkLoadIT compares the two).
 */
public final class BulkLoad {
  /** What the load wrote. */
  public record Result(long nodes, long relationships, long ignoredTriples) {}

  /** Rows handed to the importer per chunk: its worker threads take chunks, not single rows. */
  private static final int CHUNK = 1_000;

  private BulkLoad() {}

  /**
   * True when {@code dir} holds no Neo4j data yet (a new {@code --db}): only then may it be bulk
   * loaded.
   */
  public static boolean possible(Path dir) {
    return !Files.exists(dir.resolve("data"));
  }

  /**
   * Writes {@code batches} (in order: later rows win, lists are unioned) into the new store {@code
   * dir} with {@code threads} worker threads.
   */
  public static Result write(Path dir, List<GraphWriter.Batch> batches, int threads) {
    return write(dir, batches, threads, new PrintStream(PrintStream.nullOutputStream()));
  }

  /**
   * As {@link #write(Path, List, int)}, the importer's stage report printed to {@code progress}.
   */
  public static Result write(
      Path dir, List<GraphWriter.Batch> batches, int threads, PrintStream progress) {
    Path home = dir.toAbsolutePath().normalize();
    if (!possible(home)) {
      throw PaperkgException.usage("cannot bulk load " + home + ": it already holds a store");
    }
    Rows rows = Rows.merge(batches.stream().map(b -> b.rows).toList());
    // Node ids are given, 0..n-1 in the order the nodes are told (IdType.ACTUAL): the importer
    // then needs no id mapper (encoding, sorting and collision checks of string ids).
    Map<String, Map<String, Long>> ids = new HashMap<>();
    List<Entity> nodes = new ArrayList<>();
    rows.nodes.forEach(
        (label, byId) -> {
          Map<String, Long> ofLabel = ids.computeIfAbsent(label, k -> new HashMap<>());
          byId.values()
              .forEach(
                  row -> {
                    long id = nodes.size();
                    ofLabel.put(row.id, id);
                    nodes.add(v -> visitNode(v, id, label, row));
                  });
        });
    List<Entity> rels = new ArrayList<>();
    rows.rels.forEach(
        (key, byEnds) -> {
          Map<String, Long> from = ids.get(key.from());
          Map<String, Long> to = ids.get(key.to());
          byEnds
              .values()
              .forEach(
                  row -> {
                    long start = from.get((String) row.get("from"));
                    long end = to.get((String) row.get("to"));
                    rels.add(v -> visitRel(v, key.type(), start, end, row));
                  });
        });
    Config config =
        Config.newBuilder()
            .set(GraphDatabaseSettings.neo4j_home, home)
            .set(GraphDatabaseSettings.preallocate_logical_logs, false)
            .set(GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024)
            .build();
    DatabaseLayout layout =
        Neo4jLayout.of(config).databaseLayout(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    Input input =
        Input.input(
            iterable(nodes),
            iterable(rels),
            IdType.ACTUAL,
            Input.knownEstimates(
                nodes.size(), rels.size(), nodes.size() * 4L, rels.size(), 0, 0, 1),
            new Groups());
    try (var fs = new DefaultFileSystemAbstraction();
        var scheduler = JobSchedulerFactory.createInitialisedScheduler()) {
      BatchImporter importer =
          StorageEngineFactory.selectStorageEngine(config)
              .batchImporter(
                  layout,
                  fs,
                  PageCacheTracer.NULL,
                  configuration(threads),
                  NullLogService.getInstance(),
                  progress,
                  false,
                  DefaultAdditionalIds.EMPTY,
                  config,
                  Monitor.NO_MONITOR,
                  scheduler,
                  Collector.STRICT,
                  TransactionLogInitializer.getLogFilesInitializer(),
                  new IndexImporterFactoryImpl(),
                  EmptyMemoryTracker.INSTANCE,
                  CursorContextFactory.NULL_CONTEXT_FACTORY);
      importer.doImport(input);
    } catch (Exception e) {
      throw PaperkgException.unavailable(
          "the bulk load into " + home + " failed: " + e.getMessage(), e);
    }
    return new Result(nodes.size(), rels.size(), rows.ignored());
  }

  /**
   * Bounded: the importer otherwise sizes its caches from the machine's free memory (90 %), a poor
   * neighbour for CoreNLP in the same JVM.
   */
  private static Configuration configuration(int threads) {
    return new Configuration() {
      @Override
      public int maxNumberOfWorkerThreads() {
        return Math.max(1, threads);
      }

      @Override
      public long maxOffHeapMemory() {
        return 256L * 1024 * 1024;
      }

      @Override
      public IndexConfig indexConfig() {
        // the token lookup indexes a store created by Neo4j has
        return IndexConfig.create().withLabelIndex().withRelationshipTypeIndex();
      }
    };
  }

  private static void visitNode(InputEntityVisitor v, long id, String label, Rows.NodeRow row) {
    v.id(id);
    v.labels(new String[] {label});
    v.property("id", row.id);
    row.props.forEach((key, value) -> v.property(key, value(value)));
    row.lists.forEach((key, values) -> v.property(key, list(values)));
  }

  @SuppressWarnings("unchecked")
  private static void visitRel(
      InputEntityVisitor v, String type, long start, long end, Map<String, Object> row) {
    v.startId(start);
    v.endId(end);
    v.type(type);
    ((Map<String, Object>) row.get("props")).forEach((key, value) -> v.property(key, value(value)));
  }

  /** A row's value as Neo4j stores what the driver sends for it. */
  private static Value value(Object value) {
    if (value instanceof LocalDate date) {
      return DateValue.date(date);
    } else if (value instanceof OffsetDateTime time) {
      return DateTimeValue.datetime(time);
    } else if (value instanceof Integer i) {
      return Values.longValue(i); // the driver sends every integer as a 64-bit one
    } else if (value instanceof Float f) {
      return Values.doubleValue(f);
    }
    return Values.of(value);
  }

  /** A list property: Neo4j stores a homogeneous list as an array (as Cypher does). */
  private static Value list(List<Object> values) {
    if (values.stream().allMatch(String.class::isInstance)) {
      return Values.stringArray(values.toArray(String[]::new));
    } else if (values.stream().allMatch(v -> v instanceof Long || v instanceof Integer)) {
      return Values.longArray(values.stream().mapToLong(v -> ((Number) v).longValue()).toArray());
    } else if (values.stream().allMatch(Number.class::isInstance)) {
      return Values.doubleArray(
          values.stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray());
    }
    throw new IllegalArgumentException("a list of mixed values cannot be stored: " + values);
  }

  /** One node or relationship, told to the importer's visitor. */
  private interface Entity {
    void visit(InputEntityVisitor visitor);
  }

  /** The entities in chunks of {@link #CHUNK}, handed out to the importer's threads in turn. */
  private static InputIterable iterable(List<Entity> entities) {
    return () ->
        new InputIterator() {
          private int next;

          @Override
          public InputChunk newChunk() {
            return new Chunk();
          }

          @Override
          public synchronized boolean next(InputChunk chunk) {
            if (next >= entities.size()) {
              return false;
            }
            int to = Math.min(entities.size(), next + CHUNK);
            ((Chunk) chunk).reset(entities.subList(next, to));
            next = to;
            return true;
          }

          @Override
          public void close() {}
        };
  }

  private static final class Chunk implements InputChunk {
    private List<Entity> entities = List.of();
    private int next;

    void reset(List<Entity> slice) {
      entities = slice;
      next = 0;
    }

    @Override
    public boolean next(InputEntityVisitor visitor) throws IOException {
      if (next >= entities.size()) {
        return false;
      }
      entities.get(next++).visit(visitor);
      visitor.endOfEntity();
      return true;
    }

    @Override
    public void close() {}
  }
}
