package paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperkg.testing.ChildJvm;

/**
 * Ctrl-C (SIGINT, as the terminal sends it) during an import in a real child JVM whose stderr is a
 * file: exit 130, whole progress lines (no carriage returns), and one last line saying how far it
 * got. Before: exit 130 silently, the last bar frame without a newline.
 */
class InterruptIT {
  private static final Path CORPUS =
      Path.of("src/test/resources/data/hf_daily_papers_corpus/hf_daily_papers_corpus-sample.jsonl");
  private static final Pattern LINE = Pattern.compile("import: (\\d+) papers");

  @TempDir Path dir;

  @Test
  void ctrlCSaysHowFarTheImportGot() throws Exception {
    try (ChildJvm child =
        ChildJvm.start(
            dir.resolve("child"),
            "2g",
            Paperkg.class,
            "import",
            "--threads",
            "1",
            "--db",
            dir.resolve("db").toString(),
            CORPUS.toString())) {
      // When the import has shown progress past its first papers
      child.awaitOut(out -> progressed(child) > 0, 900);
      new ProcessBuilder("kill", "-INT", String.valueOf(child.pid())).inheritIO().start().waitFor();

      // Then
      assertEquals(130, child.waitFor(120), child.err());
      String err = child.err();
      assertFalse(err.contains("\r"), err);
      assertTrue(err.endsWith("\n"), err);
      List<String> lines = err.strip().lines().toList();
      String last = lines.get(lines.size() - 1);
      assertTrue(last.matches("paperkg: interrupted after \\d+ papers; run again to resume"), err);
      long after = Long.parseLong(last.replaceAll("\\D+", " ").strip());
      assertTrue(after >= progressed(child) && after < 600, err);
    }
  }

  private static long progressed(ChildJvm child) {
    return ProgressLog.lastCount(child, LINE);
  }
}
