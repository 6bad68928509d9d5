package paperkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperkg.PaperkgException;

class GoldFilesTest {
  @TempDir Path dir;

  @Test
  void badLineIsReportedWithItsNumber() throws Exception {
    Path f = dir.resolve("inspec.jsonl");
    Files.writeString(
        f,
        "{\"id\":\"1\",\"title\":\"T\",\"abstract\":\"A\",\"keyphrases\":[\"a\"]}\n{\"id\":\"2\",\n");
    PaperkgException e = assertThrows(PaperkgException.class, () -> GoldFiles.inspec(f));
    assertEquals(2, e.exitCode());
    assertEquals(
        f + ":2: invalid JSON: Unexpected end-of-input", e.getMessage().split(" within")[0]);
  }

  @Test
  void missingFieldNamesTheField() throws Exception {
    Path f = dir.resolve("scierc.jsonl");
    Files.writeString(f, "{\"id\":\"1\",\"text\":\"x\"}\n");
    PaperkgException e = assertThrows(PaperkgException.class, () -> GoldFiles.scierc(f));
    assertEquals(f + ":1: missing array \"entities\"", e.getMessage());
  }
}
