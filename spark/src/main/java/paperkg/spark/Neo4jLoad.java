package paperkg.spark;

import org.apache.spark.sql.SparkSession;

/** Placeholder while the connector path is written. */
final class Neo4jLoad {
  record Counts(long nodes, long relationships) {}

  Neo4jLoad(SparkSession spark, String uri, String user, String database, int batchSize) {}

  Counts load(String dir) {
    throw paperkg.PaperkgException.usage("--neo4j-uri: not built yet");
  }
}
