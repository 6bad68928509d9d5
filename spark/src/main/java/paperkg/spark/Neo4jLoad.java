package paperkg.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import paperkg.PaperkgException;
import scala.Tuple2;

/**
 * {@code --neo4j-uri}: the job's triples into Neo4j through the Neo4j Connector for Apache Spark.
 * The shards are read back and grouped by subject into nodes and relationships ({@link
 * SubjectRows}); then, as the connector's docs advise: the schema first (cypher/schema.cypher:
 * unique ids, so every MERGE is an index lookup), every label's nodes (MERGE on id, in parallel:
 * nodes do not lock each other), then every relationship shape in one partition (two writers could
 * lock the same end nodes in opposite order and deadlock), batches of ~20,000 rows.
 */
final class Neo4jLoad {
  record Counts(long nodes, long relationships) {}

  private static final String SCHEMA = "/paperkg/cypher/schema.cypher";

  private final SparkSession spark;
  private final String uri;
  private final String user;
  private final String database;
  private final int batchSize;

  Neo4jLoad(SparkSession spark, String uri, String user, String database, int batchSize) {
    this.spark = spark;
    this.uri = uri;
    this.user = user;
    this.database = database;
    this.batchSize = batchSize;
  }

  Counts load(String dir) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<GraphRow> rows =
        jsc.textFile(dir + "/*.nt")
            .filter(line -> !line.isBlank())
            .mapToPair(line -> new Tuple2<>(line.substring(0, line.indexOf(' ')), line))
            .groupByKey()
            .flatMap(new SubjectRows());
    try {
      schema(jsc);
      JavaRDD<GraphRow> relationships =
          rows.filter(r -> r.kind() == GraphRow.Kind.RELATIONSHIP)
              .mapToPair(r -> new Tuple2<>(r.key(), r))
              .leftOuterJoin(
                  rows.filter(r -> r.kind() == GraphRow.Kind.RELATIONSHIP_PROPS)
                      .mapToPair(r -> new Tuple2<>(r.key(), r.props())))
              .map(
                  t ->
                      t._2()._2().isPresent()
                          ? t._2()._1().withProps(t._2()._2().get())
                          : t._2()._1());
      JavaRDD<GraphRow> graph =
          rows.filter(r -> r.kind() == GraphRow.Kind.NODE).union(relationships).cache();
      // one pass for every label's and shape's row count and property types (each Spark job costs
      // ~1 s here)
      Map<String, Group> groups =
          new TreeMap<>(
              graph
                  .mapToPair(r -> new Tuple2<>(group(r), Group.of(r)))
                  .reduceByKey(Group::merge)
                  .collectAsMap());
      long nodes = 0;
      long rels = 0;
      for (var entry : groups.entrySet()) {
        String name = entry.getKey();
        Group g = entry.getValue();
        JavaRDD<GraphRow> these = graph.filter(r -> group(r).equals(name));
        if (name.startsWith(NODES)) {
          StructType schema = g.schema(List.of(field("id", DataTypes.StringType)));
          JavaRDD<Row> data = these.map(r -> row(schema, r.props(), r.id()));
          String label = name.substring(NODES.length());
          DataFrameWriter<Row> w = spark.createDataFrame(data, schema).write();
          List<String> datetimes = g.keysOfType(DATETIME);
          // the connector stores Spark timestamps as LOCAL DATETIME; the CLI's are zoned: convert
          // in Cypher
          w =
              datetimes.isEmpty()
                  ? w.option("labels", ":" + label).option("node.keys", "id")
                  : w.option("query", mergeWithDatetimes(label, schema, datetimes));
          connector(w).save();
          nodes += g.rows();
        }
      }
      for (var entry : groups.entrySet()) {
        String name = entry.getKey();
        Group g = entry.getValue();
        if (name.startsWith(NODES)) {
          continue;
        }
        String[] parts = name.split(" ");
        StructType schema =
            g.schema(
                List.of(field("from", DataTypes.StringType), field("to", DataTypes.StringType)));
        JavaRDD<Row> data =
            graph
                .filter(r -> group(r).equals(name))
                .map(r -> row(schema, r.props(), r.fromId(), r.toId()))
                .coalesce(1);
        String props = Arrays.stream(schema.fieldNames()).skip(2).collect(Collectors.joining(","));
        DataFrameWriter<Row> w =
            spark
                .createDataFrame(data, schema)
                .write()
                .option("relationship", parts[0])
                .option("relationship.save.strategy", "keys")
                .option("relationship.source.labels", ":" + parts[1])
                .option("relationship.source.save.mode", "Match")
                .option("relationship.source.node.keys", "from:id")
                .option("relationship.target.labels", ":" + parts[2])
                .option("relationship.target.save.mode", "Match")
                .option("relationship.target.node.keys", "to:id");
        if (!props.isEmpty()) {
          w = w.option("relationship.properties", props);
        }
        connector(w).save();
        rels += g.rows();
      }
      graph.unpersist();
      return new Counts(nodes, rels);
    } catch (RuntimeException e) {
      if (SparkJob.paperkgCause(e) == null && isConnection(e)) {
        throw PaperkgException.unavailable(uri + ": cannot write to Neo4j: " + rootMessage(e), e);
      }
      throw e;
    }
  }

  /** The constraints and indexes, once, before any node (the connector's {@code script} option). */
  private void schema(JavaSparkContext jsc) {
    String script = schemaScript();
    StructType none = new StructType(new StructField[] {field("id", DataTypes.StringType)});
    JavaRDD<Row> empty = jsc.parallelize(List.<Row>of(), 1);
    connector(spark.createDataFrame(empty, none).write())
        .option("script", script)
        .option("labels", ":ImportRun")
        .option("node.keys", "id")
        .save();
  }

  private DataFrameWriter<Row> connector(DataFrameWriter<Row> w) {
    String password = System.getenv("NEO4J_PASSWORD");
    w =
        w.format("org.neo4j.spark.DataSource")
            .mode(SaveMode.Overwrite) // MERGE: a re-run changes nothing
            .option("url", uri)
            .option("batch.size", batchSize)
            .option("authentication.type", password == null ? "none" : "basic");
    if (password != null) {
      w =
          w.option("authentication.basic.username", user)
              .option("authentication.basic.password", password);
    }
    return database == null ? w : w.option("database", database);
  }

  static String schemaScript() {
    try (InputStream in = Neo4jLoad.class.getResourceAsStream(SCHEMA)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.lines()
          .filter(l -> !l.strip().startsWith("//"))
          .collect(Collectors.joining("\n"))
          .strip();
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("the jar has no " + SCHEMA, e);
    }
  }

  private static final String NODES = "0 nodes ";

  /** Nodes by label (written first), relationships by shape. */
  private static String group(GraphRow r) {
    return r.kind() == GraphRow.Kind.NODE ? NODES + r.label() : r.shape();
  }

  /**
   * How many rows a label or shape has and the type of each property key (the DataFrame's columns).
   */
  record Group(long rows, Map<String, String> types) implements java.io.Serializable {
    static Group of(GraphRow r) {
      Map<String, String> types = new TreeMap<>();
      r.props().forEach((k, v) -> types.put(k, typeName(v)));
      return new Group(1, types);
    }

    Group merge(Group other) {
      Map<String, String> types = new TreeMap<>(this.types);
      other.types.forEach((k, t) -> types.merge(k, t, (a, b) -> a.equals(b) ? a : "string"));
      return new Group(rows + other.rows, types);
    }

    List<String> keysOfType(String type) {
      return types.entrySet().stream()
          .filter(e -> e.getValue().equals(type))
          .map(Map.Entry::getKey)
          .toList();
    }

    StructType schema(List<StructField> leading) {
      List<StructField> fields = new ArrayList<>(leading);
      types.forEach((k, t) -> fields.add(field(k, type(t))));
      return new StructType(fields.toArray(StructField[]::new));
    }
  }

  private static final String DATETIME = "datetime";

  private static String typeName(Object v) {
    if (v instanceof List<?>) {
      return "list";
    }
    return v instanceof Long
        ? "long"
        : v instanceof Double
            ? "double"
            : v instanceof LocalDate ? "date" : v instanceof OffsetDateTime ? DATETIME : "string";
  }

  /**
   * A node MERGE whose datetime columns (ISO strings) become zoned DATETIMEs, as the CLI stores
   * them.
   */
  static String mergeWithDatetimes(String label, StructType schema, List<String> datetimes) {
    String props =
        Arrays.stream(schema.fieldNames())
            .skip(1)
            .map(
                k ->
                    datetimes.contains(k)
                        ? "`" + k + "`: datetime(event.`" + k + "`)"
                        : ".`" + k + "`")
            .collect(Collectors.joining(", "));
    return "MERGE (n:`" + label + "` {id: event.id}) SET n += event {" + props + "}";
  }

  private static DataType type(String name) {
    return switch (name) {
      case "list" -> DataTypes.createArrayType(DataTypes.StringType);
      case "long" -> DataTypes.LongType;
      case "double" -> DataTypes.DoubleType;
      case "date" -> DataTypes.DateType;
      default -> DataTypes.StringType;
    };
  }

  private static Row row(StructType schema, Map<String, Object> props, String... leading) {
    Object[] values = new Object[schema.size()];
    System.arraycopy(leading, 0, values, 0, leading.length);
    String[] names = schema.fieldNames();
    for (int i = leading.length; i < names.length; i++) {
      Object v = props.get(names[i]);
      values[i] =
          v instanceof List<?> l ? l.stream().map(String::valueOf).toArray(String[]::new) : v;
      if (v != null
          && schema.fields()[i].dataType().equals(DataTypes.StringType)
          && !(v instanceof String)) {
        values[i] = String.valueOf(v);
      }
    }
    return RowFactory.create(values);
  }

  private static StructField field(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }

  private static boolean isConnection(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      String name = c.getClass().getName();
      if (name.contains("ServiceUnavailable")
          || name.contains("AuthenticationException")
          || name.contains("ConnectException")) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable t) {
    Throwable c = t;
    while (c.getCause() != null) {
      c = c.getCause();
    }
    return c.getMessage() == null
        ? c.getClass().getSimpleName()
        : c.getMessage().lines().findFirst().orElse("");
  }
}
