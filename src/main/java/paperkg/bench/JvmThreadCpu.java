package paperkg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU seconds of the JVM's own helper threads so far, read from {@code /proc/self/task/<tid>/stat}
 * (Linux; NaN elsewhere): the JIT compiler threads ("C1/C2 CompilerThre…") and the garbage
 * collector's ("GC Thread#…", "G1 …"). The JVM does not list them among its Java threads. A JFR
 * profile of {@code bench --limit 300} showed the compiler threads at 35 % of the import pass's CPU
 * (docs/PERFORMANCE.md): a cost of the first pass over code, not of the import, which a comparison
 * of two passes must be able to take out.
 *
 * <p>Threads that have ended (the JVM retires idle compiler threads) are not counted.
 */
record JvmThreadCpu(double jitSeconds, double gcSeconds) {
  private static final double TICKS_PER_SECOND = 100; // USER_HZ on Linux

  static JvmThreadCpu now() {
    Path tasks = Path.of("/proc/self/task");
    if (!Files.isDirectory(tasks)) {
      return new JvmThreadCpu(Double.NaN, Double.NaN);
    }
    double jit = 0;
    double gc = 0;
    try (Stream<Path> dirs = Files.list(tasks)) {
      for (Path dir : (Iterable<Path>) dirs::iterator) {
        String stat;
        try {
          stat = Files.readString(dir.resolve("stat"));
        } catch (IOException e) {
          continue; // the thread ended meanwhile
        }
        String name = threadName(stat);
        double seconds = cpuTicks(stat) / TICKS_PER_SECOND;
        if (isJit(name)) {
          jit += seconds;
        } else if (isGc(name)) {
          gc += seconds;
        }
      }
    } catch (IOException | RuntimeException e) {
      return new JvmThreadCpu(Double.NaN, Double.NaN);
    }
    return new JvmThreadCpu(jit, gc);
  }

  /** What ran since {@code earlier}. */
  JvmThreadCpu since(JvmThreadCpu earlier) {
    return new JvmThreadCpu(jitSeconds - earlier.jitSeconds, gcSeconds - earlier.gcSeconds);
  }

  /** The name between the first '(' and the last ')': a name may hold spaces and parentheses. */
  static String threadName(String stat) {
    return stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
  }

  /** utime + stime (fields 14 and 15 of proc(5)), in clock ticks. */
  static long cpuTicks(String stat) {
    String[] rest = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    // rest[0] is field 3 (state): utime is field 14, stime field 15
    return Long.parseLong(rest[11]) + Long.parseLong(rest[12]);
  }

  static boolean isJit(String name) {
    return name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre");
  }

  static boolean isGc(String name) {
    return name.startsWith("GC Thread") || name.startsWith("G1 ");
  }
}
