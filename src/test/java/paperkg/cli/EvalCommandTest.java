package paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code paperkg eval} end to end in-process, on inputs that need no CoreNLP (affiliations) or bad
 * ones.
 */
class EvalCommandTest {
  @TempDir Path dir;

  @Test
  void affiliationsAsJson() throws Exception {
    Path f = dir.resolve("aff.jsonl");
    // two real GROBID records: one right, one where the department is named without a comma
    Files.writeString(
        f,
        """
        {"id": "a", "affiliation_text": "University of Tarbiat-Modem, Tehran", "institutions": ["University of Tarbiat-Modem"]}
        {"id": "b", "affiliation_text": "Computer Laboratory University of Cambridge", "institutions": ["University of Cambridge"]}
        """);
    var run = SeedGraph.tryCli("eval", "affiliations", "--format", "json", f.toString());
    assertEquals(0, run.exitCode(), run.err());
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertEquals(2, json.get("documents").asInt());
    assertEquals(0.5, json.get("precision").asDouble(), 1e-9);
    assertEquals(0.5, json.get("recall").asDouble(), 1e-9);
  }

  @Test
  void missingFileIsOneLineAndExitTwo() {
    var run = SeedGraph.tryCli("eval", "keyphrases", "no/such/inspec.jsonl");
    assertEquals(2, run.exitCode());
    assertEquals("paperkg: no such file: no/such/inspec.jsonl", run.err().strip());
  }

  @Test
  void badLineNamesFileAndLine() throws Exception {
    Path f = dir.resolve("scierc.jsonl");
    Files.writeString(f, "{\"id\": \"x\", \"text\": \"t\", \"entities\": []}\nnot json\n");
    var run = SeedGraph.tryCli("eval", "entities", f.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("paperkg: " + f + ":2: invalid JSON"), run.err());
    assertEquals(1, run.err().strip().lines().count(), run.err());
  }
}
