package paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import paperkg.neo4j.GraphStore;
import paperkg.testing.SharedStore;

/**
 * The seed listing (examples/, 87 papers) imported through the real CLI into the shared test store,
 * over Bolt with --uri — so the remote code path is tested too. Imported once per JVM unless
 * another test emptied the store meanwhile.
 */
public final class SeedGraph {
  public static final String SEED = "examples/hf-daily-papers-nov05.txt";
  private static String importOutput;

  private SeedGraph() {}

  /** The shared store holding exactly the seed graph. */
  public static synchronized GraphStore get() {
    GraphStore store = SharedStore.get();
    boolean present =
        importOutput != null
            && SharedStore.count("MATCH (p:Paper) RETURN count(p)") == 87
            && SharedStore.count(
                    "MATCH (p:Paper) WHERE NOT p.source STARTS WITH '" + SEED + "' RETURN count(p)")
                == 0;
    if (!present) {
      SharedStore.empty();
      importOutput =
          runCli("import", "--quiet", "--year", "2025", "--uri", store.boltUri(), SEED).out();
    }
    return store;
  }

  public static String importOutput() {
    get();
    return importOutput;
  }

  /** What a CLI run printed and returned. */
  public record Run(int exitCode, String out, String err) {}

  /**
   * Runs the CLI in-process; fails the test on a non-zero exit unless the caller checks the code
   * itself.
   */
  public static Run runCli(String... args) {
    Run run = tryCli(args);
    assertEquals(
        0, run.exitCode(), () -> "paperkg " + String.join(" ", args) + " failed: " + run.err());
    return run;
  }

  public static Run tryCli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Paperkg.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }
}
