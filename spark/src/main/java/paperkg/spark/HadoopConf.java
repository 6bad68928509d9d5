package paperkg.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop configuration (with Spark's {@code spark.hadoop.*} settings) as plain
 * strings, so tasks open inputs and write shards with the same file-system settings (Configuration
 * itself is not Serializable).
 */
record HadoopConf(Map<String, String> values) implements Serializable {
  static HadoopConf of(Configuration conf) {
    Map<String, String> values = new HashMap<>();
    conf.forEach(e -> values.put(e.getKey(), e.getValue()));
    return new HadoopConf(values);
  }

  Configuration toConfiguration() {
    Configuration conf = new Configuration(false);
    values.forEach(conf::set);
    return conf;
  }
}
