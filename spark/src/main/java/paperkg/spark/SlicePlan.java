package paperkg.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Inputs → tasks. JSON Lines (not gzipped) are cut into byte ranges, so one big file keeps every
 * core busy; every other input is one task (its reader parses the whole document). A counting pass
 * over the ranges (on the driver for small inputs, else a Spark job) gives each one the number of
 * lines before it: a paper's {@code source} is {@code file:line} of the whole file.
 */
final class SlicePlan {
  /** ~40 corpus papers: a task's own cost (a shard file, a rename) stays small next to theirs. */
  static final long MIN_SPLIT = 64L << 10;

  static final long MAX_SPLIT = 64L << 20;

  /**
   * Tasks per core: papers differ in length, and the cores idle at the end while the last tasks
   * finish. 500 corpus papers in 4 tasks on local[2] kept 1.68 of 2 cores busy (121 task-seconds in
   * 72.1 s, load ~15); smaller tasks shorten that tail.
   */
  static final int TASKS_PER_CORE = 8;

  /**
   * Up to this many bytes to count, the driver counts the newlines itself: a Spark job's fixed cost
   * (2.6–2.7 s at load ~10 on the 2-core VM, 2,000 papers, 3.5 MB) is what one thread needs to
   * count ~1 GB of a local file, and the driver reads 64 MiB of HDFS or S3 in well under that.
   */
  static final long DRIVER_COUNT_BYTES = 64L << 20;

  private SlicePlan() {}

  static List<Slice> plan(
      JavaSparkContext jsc, List<InputFile> files, Long splitSize, HadoopConf conf) {
    return plan(jsc, files, splitSize, conf, DRIVER_COUNT_BYTES);
  }

  /** As above; up to {@code driverCountBytes} the driver counts the newlines itself. */
  static List<Slice> plan(
      JavaSparkContext jsc,
      List<InputFile> files,
      Long splitSize,
      HadoopConf conf,
      long driverCountBytes) {
    long split =
        splitSize != null ? Math.max(1, splitSize) : autoSplit(files, jsc.defaultParallelism());
    List<Slice> ranges = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      InputFile f = files.get(i);
      if (!f.splittable()) {
        ranges.add(Slice.whole(ranges.size(), i, f));
        continue;
      }
      for (long s = 0; s < f.size(); s += split) {
        ranges.add(new Slice(ranges.size(), i, f, s, Math.min(s + split, f.size()), 0));
      }
    }
    List<Slice> counted = ranges.stream().filter(s -> s.file().splittable()).toList();
    if (counted.size() <= files.size()) {
      return ranges; // no file is cut: every range starts at line 1
    }
    NewlineCount count = new NewlineCount(conf);
    long bytes = counted.stream().mapToLong(s -> s.end() - s.start()).sum();
    List<Long> newlines =
        bytes <= driverCountBytes
            ? counted.stream().map(count::call).toList()
            : jsc.parallelize(counted, counted.size()).map(count).collect();
    List<Slice> out = new ArrayList<>(ranges.size());
    long before = 0;
    int k = 0;
    for (Slice s : ranges) {
      if (!s.file().splittable()) {
        out.add(s);
        continue;
      }
      if (s.start() == 0) {
        before = 0;
      }
      out.add(new Slice(s.index(), s.input(), s.file(), s.start(), s.end(), before));
      before += newlines.get(k++);
    }
    return out;
  }

  static long autoSplit(List<InputFile> files, int cores) {
    long bytes = files.stream().filter(InputFile::splittable).mapToLong(InputFile::size).sum();
    long even = bytes / Math.max(1, (long) cores * TASKS_PER_CORE) + 1;
    return Math.max(MIN_SPLIT, Math.min(MAX_SPLIT, even));
  }
}
