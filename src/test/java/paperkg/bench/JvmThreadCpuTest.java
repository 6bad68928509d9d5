package paperkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JvmThreadCpuTest {
  // a compiler thread's line from /proc/<pid>/task/<tid>/stat (proc(5)): utime 1234, stime 56
  private static final String C2 =
      "4242 (C2 CompilerThre) S 4200 4200 9730 0 -1 4194368 80 0 0 0 1234 56 0 0 20 0 31 0 1398338"
          + " 3133440 389 18446744073709551615 0 0 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0";

  @Test
  void readsTheNameAndTheCpuTicksOfAStatLine() {
    assertEquals("C2 CompilerThre", JvmThreadCpu.threadName(C2));
    assertEquals(1234 + 56, JvmThreadCpu.cpuTicks(C2));
  }

  @Test
  void aNameWithParenthesesAndSpacesDoesNotShiftTheFields() {
    String odd = C2.replace("(C2 CompilerThre)", "(G1 Conc#0) (x) )");
    assertEquals("G1 Conc#0) (x) ", JvmThreadCpu.threadName(odd));
    assertEquals(1290, JvmThreadCpu.cpuTicks(odd));
  }

  @Test
  void tellsCompilerAndCollectorThreadsFromOthers() {
    assertTrue(JvmThreadCpu.isJit("C1 CompilerThre"));
    assertTrue(JvmThreadCpu.isGc("GC Thread#1"));
    assertTrue(JvmThreadCpu.isGc("G1 Refine#0"));
    assertFalse(JvmThreadCpu.isJit("paperkg-annotate"));
    assertFalse(JvmThreadCpu.isGc("neo4j.BoltWorker-4"));
  }

  @Test
  void thisJvmHasCompiledSomethingByNow() {
    JvmThreadCpu now = JvmThreadCpu.now();
    if (!Double.isNaN(now.jitSeconds())) { // Linux
      assertTrue(now.jitSeconds() > 0, "a JVM that ran JUnit has compiled methods: " + now);
      assertEquals(0, now.since(now).jitSeconds());
    }
  }
}
