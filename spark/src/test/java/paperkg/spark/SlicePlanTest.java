package paperkg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The newline count before each slice is the same whether the driver counts (small inputs) or a
 * Spark job does (large ones), and it is the true line count of the file before the slice's start.
 */
class SlicePlanTest {
  @TempDir Path dir;

  @Test
  void theDriverAndASparkJobCountTheSameLinesBeforeEachSlice() throws IOException {
    Path corpus = Path.of("src/test/resources/data/corpus-24.jsonl");
    byte[] bytes = Files.readAllBytes(corpus);
    Path file = Files.write(dir.resolve("c.jsonl"), bytes);
    InputFile input =
        new InputFile("c.jsonl", file.toUri().toString(), "jsonl", bytes.length, true);
    HadoopConf conf = HadoopConf.of(new Configuration());
    SparkConf sc = new SparkConf().setAppName("test").setMaster("local[2]");
    sc.set("spark.ui.enabled", "false");
    try (JavaSparkContext jsc = new JavaSparkContext(sc)) {
      long split = bytes.length / 7 + 1;
      List<Slice> byDriver = SlicePlan.plan(jsc, List.of(input), split, conf, Long.MAX_VALUE);
      List<Slice> byJob = SlicePlan.plan(jsc, List.of(input), split, conf, 0);
      assertEquals(7, byDriver.size());
      assertEquals(byDriver, byJob);
      for (Slice s : byJob) {
        assertEquals(newlines(bytes, (int) s.start()), s.newlinesBefore(), "before " + s.start());
      }
      assertTrue(byJob.get(6).newlinesBefore() > 0);
    }
  }

  private static long newlines(byte[] bytes, int end) {
    long n = 0;
    for (int i = 0; i < end; i++) {
      n += bytes[i] == '\n' ? 1 : 0;
    }
    return n;
  }
}
