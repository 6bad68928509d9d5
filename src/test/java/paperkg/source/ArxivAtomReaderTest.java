package paperkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import paperkg.PaperkgException;

/** On a hand-written feed (testdata/arxiv-feed.atom): no real arXiv response is stored here. */
class ArxivAtomReaderTest {

  @Test
  void readsEntries() {
    List<Paper> papers =
        Papers.read(new ArxivAtomReader(), Papers.TESTDATA.resolve("arxiv-feed.atom"));
    assertEquals(
        List.of("2501.00001", "2412.09999", "hep-th/9901001"),
        papers.stream().map(Paper::id).toList());
    Paper p = papers.get(0);
    assertEquals(
        "Sparse Adapters for Example-Driven Fine-Tuning of Large Language Models", p.title());
    assertTrue(
        p.abstractText()
            .startsWith(
                "We study sparse adapters for fine-tuning large language models on small example"
                    + " sets."));
    assertEquals(LocalDate.of(2025, 1, 2), p.published());
    assertEquals("http://arxiv.org/abs/2501.00001v2", p.url());
    assertEquals(
        List.of(
            new Author("Ada Example", List.of("Example University", "Example Research Lab")),
            Author.of("Bo Sample")),
        p.authors());
    assertEquals(2, p.authorCount());
    assertTrue(p.source().endsWith("arxiv-feed.atom:12"), p.source());
    assertEquals(List.of("Institute of Examples"), papers.get(2).authors().get(0).affiliations());
  }

  @Test
  void errorFeedIsBadInput() {
    PaperkgException e =
        assertThrows(
            PaperkgException.class,
            () -> Papers.read(new ArxivAtomReader(), Papers.TESTDATA.resolve("arxiv-error.atom")));
    assertTrue(
        e.getMessage()
            .endsWith("arxiv-error.atom:9: arXiv API error: incorrect id format for 1234.1234"),
        e.getMessage());
  }

  @Test
  void idVersionIsStripped() {
    assertEquals("2401.01234", ArxivAtomReader.arxivId("http://arxiv.org/abs/2401.01234v12"));
    assertEquals("math/0211159", ArxivAtomReader.arxivId("http://arxiv.org/abs/math/0211159v1"));
  }

  @Test
  void emptyFeedGivesNoPapers() {
    String feed =
        "<?xml version=\"1.0\"?><feed"
            + " xmlns=\"http://www.w3.org/2005/Atom\"><title>q</title></feed>";
    assertEquals(List.of(), Papers.read(new ArxivAtomReader(), "e.atom", feed));
  }
}
