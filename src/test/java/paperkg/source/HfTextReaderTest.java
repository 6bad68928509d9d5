package paperkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import paperkg.PaperkgException;

class HfTextReaderTest {
  private static final Path SEED = Papers.SEED;
  private static List<Paper> seed;

  @BeforeAll
  static void readSeed() {
    seed = Papers.read(new HfTextReader(new ReaderSettings(2025)), SEED);
  }

  private static HfTextReader reader(int year) {
    return new HfTextReader(new ReaderSettings(year));
  }

  @Test
  void seedHas87Papers() {
    assertEquals(87, seed.size());
    assertEquals("PAC Generalization via Invariant Representations", seed.get(0).title());
    assertEquals(SEED + ":13", seed.get(0).source());
    assertTrue(seed.stream().allMatch(p -> !p.abstractText().isBlank()));
  }

  @Test
  void authorCountAndFullDate() {
    Paper p = Papers.byTitlePrefix(seed, "PAC Generalization via Invariant Representations");
    assertEquals(3, p.authorCount());
    assertEquals(LocalDate.of(2022, 5, 30), p.published());
    assertNull(p.upvotes());
    assertNull(p.submitter());
    assertEquals(Paper.titleId(p.title()), p.id());
  }

  @Test
  void organisationLineWithUpvotes() {
    Paper p = Papers.byTitlePrefix(seed, "Densing Law of LLMs");
    assertEquals(new Listing("openbmb", "OpenBMB"), p.submitter());
    assertEquals(LocalDate.of(2024, 12, 5), p.published());
    assertEquals(2, p.upvotes());
    assertNull(p.authorCount());
  }

  @Test
  void otherOrganisations() {
    Paper zai = Papers.byTitlePrefix(seed, "Boundary-Guided Policy Optimization");
    assertEquals(new Listing("zai-org", "Z.ai"), zai.submitter());
    assertEquals(LocalDate.of(2025, 10, 13), zai.published());
    Paper ms = Papers.byTitlePrefix(seed, "Just Do It!?");
    assertEquals(new Listing("microsoft", "Microsoft"), ms.submitter());
    assertEquals(3, ms.upvotes());
    assertEquals(3, seed.stream().filter(p -> p.submitter() != null).count());
  }

  @Test
  void papersWithoutMetadata() {
    // The file has five such papers (SIRI, Chinese vs. World Bank, Rethinking Thinking Tokens,
    // Thinking vs. Doing, Knapsack RL): 79 show an author count, 3 an organisation.
    List<Paper> bare =
        seed.stream()
            .filter(p -> p.published() == null && p.authorCount() == null && p.submitter() == null)
            .toList();
    assertEquals(5, bare.size());
    assertEquals(
        "SIRI: Scaling Iterative Reinforcement Learning with Interleaved Compression",
        bare.get(0).title());
    assertEquals(79, seed.stream().filter(p -> p.authorCount() != null).count());
  }

  @Test
  void yearlessDateUsesConfiguredYear() {
    Paper p =
        Papers.byTitlePrefix(
            Papers.read(reader(2031), SEED),
            "Scalable Evaluation of Online Facilitation Strategies");
    assertEquals(LocalDate.of(2031, 3, 13), p.published());
    Paper upvoted = Papers.byTitlePrefix(seed, "An Analysis of Causal Effect Estimation");
    assertEquals(LocalDate.of(2025, 10, 28), upvoted.published());
    assertEquals(1, upvoted.upvotes());
  }

  @Test
  void worksWithoutHeaderAndWithMultiLineAbstract() {
    String text =
        "A Title\n\nFirst abstract line\ncontinued.\n\n  • 2 authors\n·\nJan 3, 2020 7\n\n"
            + "Second Title\n\nIts abstract.\n";
    List<Paper> papers = Papers.read(reader(2025), "x.txt", text);
    assertEquals(2, papers.size());
    assertEquals("First abstract line continued.", papers.get(0).abstractText());
    assertEquals(7, papers.get(0).upvotes());
    assertEquals("x.txt:10", papers.get(1).source());
    assertNull(papers.get(1).published());
  }

  @Test
  void badDateIsReportedWithItsLine() {
    String text = "T\n\nAbstract.\n\n  • 2 authors\n·\nSomeday 2020\n";
    PaperkgException e =
        assertThrows(PaperkgException.class, () -> Papers.read(reader(2025), "x.txt", text));
    assertTrue(
        e.getMessage().startsWith("x.txt:7: unreadable date 'Someday 2020'"), e.getMessage());
    assertEquals(2, e.exitCode());
  }

  @Test
  void impossibleDateIsReported() {
    String text = "T\n\nAbstract.\n\n  • 2 authors\n·\nFeb 30, 2020\n";
    PaperkgException e =
        assertThrows(PaperkgException.class, () -> Papers.read(reader(2025), "x.txt", text));
    assertTrue(e.getMessage().startsWith("x.txt:7: invalid date 'Feb 30, 2020'"), e.getMessage());
  }

  @Test
  void titleWithoutAbstractIsReportedAtTheTitle() {
    String text = "Good\n\nAbstract.\n\nLonely Title\n\n  • 2 authors\n·\nMay 1, 2020\n";
    PaperkgException e =
        assertThrows(PaperkgException.class, () -> Papers.read(reader(2025), "x.txt", text));
    assertEquals(
        "x.txt:5: paper 'Lonely Title' has no abstract before its metadata", e.getMessage());
    PaperkgException end =
        assertThrows(
            PaperkgException.class, () -> Papers.read(reader(2025), "y.txt", "Only a title\n"));
    assertEquals("y.txt:1: paper 'Only a title' has no abstract (input ends)", end.getMessage());
  }

  @Test
  void brokenMetadataBlocks() {
    String noSeparator = "T\n\nAbstract.\n\n  • 2 authors\nMay 1, 2020\n";
    assertTrue(
        assertThrows(PaperkgException.class, () -> Papers.read(reader(2025), "x.txt", noSeparator))
            .getMessage()
            .startsWith("x.txt:5: expected '• N authors' or an organisation"));
    String badCount = "T\n\nAbstract.\n\n  • many authors\n·\nMay 1, 2020\n";
    assertEquals(
        "x.txt:5: expected '• N authors', found '• many authors'",
        assertThrows(PaperkgException.class, () -> Papers.read(reader(2025), "x.txt", badCount))
            .getMessage());
  }
}
