package paperkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every real metadata sample (src/test/resources/paperkg/source/samples, see SOURCE.txt) read by
 * its reader.
 */
class MetadataSamplesTest {
  /** JATS and HTML markup (a real abstract may say "d<=7" or name a token "<swi>"). */
  private static final java.util.regex.Pattern JATS =
      java.util.regex.Pattern.compile("</?(jats:\\w+|p|i|b|sub|sup|title|italic|bold|sc)[ >]");

  static Path sample(String name) {
    try {
      return Path.of(
          MetadataSamplesTest.class.getResource("/paperkg/source/samples/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Paper> read(String name) {
    List<Paper> papers = new ArrayList<>();
    PaperSources.read(
        List.of(sample(name).toString()), null, new ReaderSettings(2025), papers::add);
    return papers;
  }

  @ParameterizedTest
  @CsvSource({
    "openalex_works_page1.json, openalex, 5",
    "openalex_work_W2101234009.json, openalex, 1",
    "openalex_work_W2741809807.json, openalex, 1",
    "crossref_works.json, crossref, 20",
    "crossref_work_single_srep16696.json, crossref, 1",
    "s2_paper_search_arxiv.json, s2, 5",
    "s2_paper_batch.json, s2, 3",
    "hf_daily_papers.json, hf-json, 30",
    "hf_paper_page_2509.24002_prettified.html, hf-html, 1",
    "arxiv_snapshot_sample.jsonl, arxiv-snapshot, 200",
    "arxiv_oai_listrecords_arXiv.xml, arxiv-oai, 3",
    "arxiv_atom_affiliations.xml, arxiv-atom, 1",
    "arxiv_atom_search_page.xml, arxiv-atom, 100"
  })
  void everySampleIsSniffedAndReadWhole(String file, String format, int papers) {
    assertEquals(
        format,
        PaperSources.resolve(List.of(sample(file).toString()), null).get(0).format().name());
    List<Paper> read = read(file);
    assertEquals(papers, read.size());
    Set<String> ids = new HashSet<>();
    read.forEach(p -> ids.add(p.id()));
    assertEquals(papers, ids.size(), "one id per work");
    for (Paper p : read) {
      assertFalse(p.title().isBlank());
      assertFalse(
          JATS.matcher(p.abstractText()).find(),
          "markup left in " + p.id() + ": " + p.abstractText());
    }
  }

  @Test
  void openAlexRebuildsAbstractsAndKeepsInstitutionsWithRor() {
    List<Paper> page = read("openalex_works_page1.json");
    assertEquals(
        2, page.stream().filter(p -> !p.abstractText().isEmpty()).count(), "2 of 5 have an index");
    assertEquals("10.1109/tau.1965.1161805", page.get(0).doi());
    Set<String> pairs = new HashSet<>();
    for (Paper p : page) {
      for (Author a : p.authors()) {
        a.institutions().forEach(i -> pairs.add(a.name() + " | " + i.ror() + " | " + i.country()));
      }
    }
    assertEquals(
        Set.of(
            "Moses John Strydom | https://ror.org/048cwvf49 | ZA",
            "Sheryl Buckley | https://ror.org/048cwvf49 | ZA",
            "Ying Pang | https://ror.org/03x1jna21 | CN"),
        pairs);
    assertTrue(page.get(0).externalTopics().size() > 0, "OpenAlex topics and keywords kept");
  }

  @Test
  void openAlexSnapshotJsonLinesGzipped(@org.junit.jupiter.api.io.TempDir Path dir)
      throws java.io.IOException {
    // the snapshot's shape: one work per line, gzipped, no extension that names the format
    var page = SourceFields.JSON.readTree(sample("openalex_works_page1.json").toFile());
    Path gz = dir.resolve("part_000.gz");
    try (var out =
        new java.io.PrintStream(
            new java.util.zip.GZIPOutputStream(java.nio.file.Files.newOutputStream(gz)),
            false,
            java.nio.charset.StandardCharsets.UTF_8)) {
      page.get("results").forEach(w -> out.println(w.toString()));
    }
    assertEquals(
        "openalex", PaperSources.resolve(List.of(gz.toString()), null).get(0).format().name());
    List<Paper> papers = new ArrayList<>();
    PaperSources.read(List.of(gz.toString()), null, new ReaderSettings(2025), papers::add);
    assertEquals(5, papers.size());
    assertEquals(gz + ":3", papers.get(2).source());
  }

  @Test
  void openAlexFindsTheArxivIdOfAnArxivDoi() {
    Paper sklearn = read("openalex_work_W2101234009.json").get(0);
    assertEquals("1201.0490", sklearn.id());
    assertEquals("1201.0490", sklearn.arxivId());
    Author first = sklearn.authors().get(0);
    assertEquals("https://orcid.org/0000-0003-4025-3953", first.orcid());
    assertEquals("CEA Saclay", first.institutions().get(0).name());
    assertEquals("government", first.institutions().get(0).type());
    assertEquals(16, sklearn.authors().size());
  }

  @Test
  void crossrefAbstractsLoseTheirJats() {
    List<Paper> works = read("crossref_works.json");
    Paper first = works.get(0);
    assertEquals("The forecast trap", first.title());
    assertTrue(
        first.abstractText().startsWith("Encouraged by decision makers"), first.abstractText());
    assertTrue(
        works.stream()
            .flatMap(p -> p.authors().stream())
            .anyMatch(a -> !a.affiliations().isEmpty()));
  }

  @Test
  void s2BatchSkipsTheNullAndSearchKeepsArxivIds() {
    assertEquals("2103.14030", read("s2_paper_search_arxiv.json").get(0).id());
    assertEquals("10.2139/ssrn.288970", read("s2_paper_batch.json").get(0).doi());
  }

  @Test
  void snapshotHasCategoriesDoisAndDecodedNames() {
    Paper first = read("arxiv_snapshot_sample.jsonl").get(0);
    assertEquals("0704.0001", first.id());
    assertEquals(List.of("hep-ph"), first.categories());
    assertEquals("10.1103/physrevd.76.013009", first.doi());
    assertEquals("C. Balázs", first.authors().get(0).name());
    assertEquals(java.time.LocalDate.of(2007, 4, 2), first.published());
  }

  @Test
  void oaiRecordsHaveCategoriesAndAuthors() {
    Paper first = read("arxiv_oai_listrecords_arXiv.xml").get(0);
    assertEquals("1412.8323", first.id());
    assertEquals("quant-ph", first.categories().get(0));
    assertEquals("Philipp A Hoehn", first.authors().get(0).name());
  }

  @Test
  void atomAffiliationsAndCategories() {
    Paper p = read("arxiv_atom_affiliations.xml").get(0);
    assertEquals("astro-ph/0601001", p.id());
    assertEquals(List.of("astro-ph"), p.categories());
    assertEquals(List.of("Ohio State"), p.authors().get(0).affiliations());
    assertEquals(4, p.authors().stream().filter(a -> !a.affiliations().isEmpty()).count());
  }

  @Test
  void hfPaperPageReadsItsHydrationJson() {
    Paper p = read("hf_paper_page_2509.24002_prettified.html").get(0);
    assertEquals("2509.24002", p.id());
    assertFalse(p.abstractText().isEmpty());
    assertNull(p.doi());
  }
}
