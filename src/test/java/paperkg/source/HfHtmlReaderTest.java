package paperkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import paperkg.PaperkgException;

/** On synthetic pages (testdata/hf-papers-*.html); no saved huggingface.co page exists. */
class HfHtmlReaderTest {

  @Test
  void hydrationJsonMapsLikeTheApi() {
    List<Paper> html =
        Papers.read(new HfHtmlReader(), Papers.TESTDATA.resolve("hf-papers-hydration.html"));
    List<Paper> api =
        Papers.read(
            new HfJsonReader(),
            Papers.DATA.resolve("hf_daily_papers/raw_api_samples/daily_papers_2026-08-21.json"));
    assertEquals(3, html.size());
    for (int i = 0; i < 3; i++) {
      Paper h = html.get(i);
      Paper a = api.get(i);
      // Same mapping code, same entries: everything but the provenance agrees.
      assertEquals(a.id(), h.id());
      assertEquals(a.title(), h.title());
      assertEquals(a.abstractText(), h.abstractText());
      assertEquals(a.authors(), h.authors());
      assertEquals(a.published(), h.published());
      assertEquals(a.upvotes(), h.upvotes());
      assertEquals(a.keywords(), h.keywords());
      assertEquals(a.submitter(), h.submitter());
    }
    assertEquals(new Listing("AntResearch", "Ant Research"), html.get(2).submitter());
  }

  @Test
  void cardsAreTheFallback() {
    List<Paper> papers =
        Papers.read(new HfHtmlReader(), Papers.TESTDATA.resolve("hf-papers-cards.html"));
    assertEquals(2, papers.size());
    Paper p = papers.get(0);
    assertEquals("2506.11924", p.id());
    assertEquals(
        "Aligned Novel View Image and Geometry Synthesis via Cross-modal Attention Instillation",
        p.title());
    assertTrue(p.abstractText().startsWith("We introduce a diffusion-based framework"));
    assertEquals(7, p.authorCount());
    assertEquals(20, p.upvotes()); // as the API says for this paper
    // (raw_api_samples/daily_papers_2025-06-16.json)
    assertEquals("https://arxiv.org/abs/2506.11924", p.url());
    Paper bare = papers.get(1);
    assertEquals("2506.10892", bare.id());
    assertEquals("", bare.abstractText());
    assertNull(bare.authorCount());
    assertNull(bare.upvotes());
  }

  @Test
  void pageWithoutPapersIsBadInput() {
    PaperkgException e =
        assertThrows(
            PaperkgException.class,
            () ->
                Papers.read(
                    new HfHtmlReader(), "p.html", "<html><body><p>hello</p></body></html>"));
    assertTrue(e.getMessage().startsWith("p.html: no papers found"), e.getMessage());
  }

  @Test
  void brokenDataPropsIsBadInput() {
    String page =
        "<html><body>\n"
            + "<div data-target=\"DailyPapers\" data-props=\"{&quot;dailyPapers&quot;:"
            + " [\"></div></body></html>";
    PaperkgException e =
        assertThrows(PaperkgException.class, () -> Papers.read(new HfHtmlReader(), "p.html", page));
    assertTrue(e.getMessage().startsWith("p.html:2: invalid JSON in data-props"), e.getMessage());
  }
}
