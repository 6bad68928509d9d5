package paperkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import paperkg.PaperkgException;

class JsonlReaderTest {
  /**
   * 600 real corpus lines: the first 500, one with ai_keywords [""], the last 99 (see its
   * SOURCE.txt).
   */
  private static final Path CORPUS =
      Papers.DATA.resolve("hf_daily_papers_corpus/hf_daily_papers_corpus-sample.jsonl");

  /** Thrown by the sink to stop the reader: the corpus is never read further than needed. */
  private static final class Enough extends RuntimeException {}

  @Test
  void firstTwoHundredCorpusPapers() throws IOException {
    List<Paper> papers = new ArrayList<>();
    try (InputStream in = Files.newInputStream(CORPUS)) {
      new JsonlReader()
          .read(
              in,
              "corpus.jsonl",
              p -> {
                papers.add(p);
                if (papers.size() == 200) {
                  throw new Enough();
                }
              });
    } catch (Enough stop) {
      // expected
    }
    assertEquals(200, papers.size());
    assertTrue(papers.stream().allMatch(p -> p.id().matches("\\d{4}\\.\\d{4,5}")));
    assertTrue(papers.stream().allMatch(p -> !p.title().isBlank() && !p.abstractText().isBlank()));
    assertTrue(papers.stream().allMatch(p -> !p.authors().isEmpty()));
    Paper first = papers.get(0);
    assertEquals("2405.14906", first.id());
    assertEquals(
        "AutoCoder: Enhancing Code Large Language Model with AIEV-Instruct", first.title());
    assertEquals(
        List.of("Bin Lei", "Yuchen Li", "Qiuwu Chen"),
        first.authors().stream().map(Author::name).toList());
    assertEquals(LocalDate.of(2024, 5, 23), first.published());
    assertEquals(7, first.upvotes());
    assertEquals("https://arxiv.org/abs/2405.14906", first.url());
    assertEquals("corpus.jsonl:1", first.source());
    assertEquals("2406.10111", papers.get(199).id());
    assertEquals("corpus.jsonl:200", papers.get(199).source());
  }

  @Test
  void wholeSampleStreams() throws IOException {
    // Counts from the sample's SOURCE.txt: 600 papers, 73 with an HF organisation, 98 with
    // ai_keywords -- of
    // which one holds only [""], and blank keywords are dropped: 97.
    long[] counts = new long[3];
    try (InputStream in = Files.newInputStream(CORPUS)) {
      new JsonlReader()
          .read(
              in,
              "corpus.jsonl",
              p -> {
                counts[0]++;
                counts[1] += p.submitter() != null ? 1 : 0;
                counts[2] += p.keywords().isEmpty() ? 0 : 1;
              });
    }
    assertEquals(600, counts[0]);
    assertEquals(73, counts[1]);
    assertEquals(97, counts[2]);
  }

  @Test
  void organisationKeywordsAndAuthorObjects() {
    String text =
        "\n"
            + "{\"id\":\"2501.00001\",\"title\":\"T\",\"abstract\":\"A\",\"authors\":[{\"name\":\"Ada\",\"affiliations\":[\"Uni"
            + " X\"]},\"Bo\"],\"date\":\"2025-01-02\",\"ai_keywords\":[\"k1\"],\"hf_organization\":{\"name\":\"acme\",\"fullname\":\"ACME"
            + " Corp\"}}\n\n";
    List<Paper> papers = Papers.read(new JsonlReader(), "x.jsonl", text);
    assertEquals(1, papers.size());
    Paper p = papers.get(0);
    assertEquals(List.of(new Author("Ada", List.of("Uni X")), Author.of("Bo")), p.authors());
    assertEquals(new Listing("acme", "ACME Corp"), p.submitter());
    assertEquals(List.of("k1"), p.keywords());
    assertEquals("x.jsonl:2", p.source());
  }

  @Test
  void truncatedLineNamesFileAndLine() {
    String text = "{\"id\":\"1\",\"title\":\"ok\"}\n{\"id\":\"2\",\"title\":\"cut off\n";
    PaperkgException e =
        assertThrows(PaperkgException.class, () -> Papers.read(new JsonlReader(), "c.jsonl", text));
    assertTrue(e.getMessage().startsWith("c.jsonl:2: invalid JSON: "), e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
  }

  @Test
  void missingTitleAndBadDate() {
    assertEquals(
        "c.jsonl:1: paper without a \"title\"",
        assertThrows(
                PaperkgException.class,
                () -> Papers.read(new JsonlReader(), "c.jsonl", "{\"id\":\"1\"}"))
            .getMessage());
    assertEquals(
        "c.jsonl:1: not an ISO date: 'yesterday'",
        assertThrows(
                PaperkgException.class,
                () ->
                    Papers.read(
                        new JsonlReader(), "c.jsonl", "{\"title\":\"t\",\"date\":\"yesterday\"}"))
            .getMessage());
    assertEquals(
        "c.jsonl:1: expected one JSON object per line",
        assertThrows(
                PaperkgException.class, () -> Papers.read(new JsonlReader(), "c.jsonl", "[1,2]"))
            .getMessage());
  }
}
