package paperkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusStatsBuilderTest {
  @Test
  void roundTripsDocumentFrequenciesAndAcronyms(@TempDir Path dir) throws Exception {
    CorpusStatsBuilder b = new CorpusStatsBuilder();
    for (int i = 0; i < 4; i++) {
      b.add(
          "Large language models (LLMs) help. We study vision-language models (VLMs) and models.");
    }
    b.add("Lookup of LLM (Lookup Lists Maker) is rare.");
    b.add("Nothing here.");
    b.writeDf(dir.resolve("df.tsv"));
    b.writeAcronyms(dir.resolve("acronyms.tsv"));
    try (InputStream df = Files.newInputStream(dir.resolve("df.tsv"));
        InputStream acr = Files.newInputStream(dir.resolve("acronyms.tsv"))) {
      CorpusStats s = CorpusStats.read(df, acr);
      assertEquals(6, s.docs());
      assertEquals(4, s.df("model"));
      assertEquals(4, s.df("large language model"));
      assertEquals(3.0, s.burstiness("model"), 1e-9); // "models" three times per document
      assertEquals("large language model", s.longForm("LLMs"));
      assertEquals("vision-language model", s.longForm("VLM"));
      assertNull(s.longForm("XYZ"));
    }
  }

  @Test
  void cheapTokenizerKeepsCompoundsAndCutsClauses() {
    assertEquals(
        java.util.List.of(
            java.util.List.of("Llama-3.1", "and", "GPT-4o"),
            java.util.List.of("e"),
            java.util.List.of("g"),
            java.util.List.of("vision-language", "models")),
        CheapTokenizer.clauses("Llama-3.1 and GPT-4o (e.g. vision-language models)"));
  }
}
