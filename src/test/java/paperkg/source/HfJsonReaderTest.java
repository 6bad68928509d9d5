package paperkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import paperkg.PaperkgException;

class HfJsonReaderTest {
  private static final Path SAMPLES = Papers.DATA.resolve("hf_daily_papers/raw_api_samples");

  private static List<Paper> sample(String date) {
    return Papers.read(new HfJsonReader(), SAMPLES.resolve("daily_papers_" + date + ".json"));
  }

  @Test
  void sample2024HasNoKeywordsOrOrganisations() {
    List<Paper> papers = sample("2024-05-27");
    assertEquals(13, papers.size());
    Paper first = papers.get(0);
    assertEquals("2405.15738", first.id());
    assertEquals(
        "ConvLLaVA: Hierarchical Backbones as Visual Encoder for Large Multimodal Models",
        first.title());
    assertEquals("https://arxiv.org/abs/2405.15738", first.url());
    assertEquals(LocalDate.of(2024, 5, 24), first.published());
    assertEquals(32, first.upvotes());
    assertEquals(9, first.authors().size());
    assertEquals("Chunjiang Ge", first.authors().get(0).name());
    assertTrue(
        first
            .abstractText()
            .startsWith(
                "High-resolution Large Multimodal Models (LMMs) encounter the challenges of exc"));
    assertEquals("2405.15125", papers.get(12).id());
    assertTrue(papers.stream().allMatch(p -> p.keywords().isEmpty() && p.submitter() == null));
    assertTrue(first.source().endsWith("daily_papers_2024-05-27.json#1"));
  }

  @Test
  void sample2025HasKeywords() {
    List<Paper> papers = sample("2025-06-16");
    assertEquals(9, papers.size());
    Paper first = papers.get(0);
    assertEquals("2506.11924", first.id());
    assertEquals(11, first.keywords().size());
    assertEquals("diffusion-based framework", first.keywords().get(0));
    assertEquals(LocalDate.of(2025, 6, 13), first.published());
    assertEquals(
        List.of(
            "2506.11924",
            "2506.10892",
            "2506.11928",
            "2506.09427",
            "2506.09366",
            "2506.08477",
            "2506.11702",
            "2506.09600",
            "2506.08592"),
        papers.stream().map(Paper::id).toList());
    assertNull(first.submitter());
  }

  @Test
  void sample2026HasOrganisations() {
    List<Paper> papers = sample("2026-08-21");
    assertEquals(17, papers.size());
    Paper first = papers.get(0);
    assertEquals("2608.19880", first.id());
    assertEquals(new Listing("google", "Google"), first.submitter());
    assertEquals(163, first.upvotes());
    assertEquals(17, first.authorCount());
    assertEquals(List.of("LLM agents", "Environment Harness"), first.keywords().subList(0, 2));
    assertEquals(new Listing("deepmind", "Deepmind"), papers.get(11).submitter());
    assertTrue(papers.stream().allMatch(p -> p.submitter() != null));
  }

  @Test
  void singlePaperObjectAndDailyPapersWrapper() {
    String single =
        "{\"id\":\"2401.00001\",\"title\":\"One\",\"summary\":\"S\",\"publishedAt\":\"2024-01-01T00:00:00.000Z\",\"authors\":[{\"name\":\"A"
            + " B\"}],\"upvotes\":4}";
    Paper p = Papers.read(new HfJsonReader(), "p.json", single).get(0);
    assertEquals("2401.00001", p.id());
    assertEquals(List.of(Author.of("A B")), p.authors());
    String wrapped =
        "{\"dailyPapers\":[{\"paper\":{\"id\":\"2401.00002\",\"title\":\"Two\"},"
            + "\"organization\":{\"name\":\"acme\"}}]}";
    Paper w = Papers.read(new HfJsonReader(), "w.json", wrapped).get(0);
    assertEquals(new Listing("acme", "acme"), w.submitter());
  }

  @Test
  void brokenJsonNamesTheLine() {
    PaperkgException e =
        assertThrows(
            PaperkgException.class,
            () -> Papers.read(new HfJsonReader(), "b.json", "[\n{\"paper\": {\"id\": \"1\"\n"));
    assertTrue(e.getMessage().startsWith("b.json:3: invalid JSON: "), e.getMessage());
  }

  @Test
  void entryWithoutTitleNamesTheEntry() {
    PaperkgException e =
        assertThrows(
            PaperkgException.class,
            () ->
                Papers.read(
                    new HfJsonReader(),
                    "b.json",
                    "[{\"paper\":{\"id\":\"1\",\"title\":\"x\"}},{\"paper\":{\"id\":\"2\"}}]"));
    assertEquals("b.json#2: paper without a title", e.getMessage());
  }
}
