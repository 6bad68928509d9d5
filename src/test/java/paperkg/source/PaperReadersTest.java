package paperkg.source;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import paperkg.PaperkgException;

class PaperReadersTest {

  @ParameterizedTest
  @CsvSource({
    "listing.txt, hf-text",
    "api.json, hf-json",
    "corpus.jsonl, jsonl",
    "corpus.ndjson, jsonl",
    "page.html, hf-html",
    "page.HTM, hf-html",
    "feed.atom, arxiv-atom",
    "feed.xml, arxiv-atom",
    "graph.ttl, rdf",
    "graph.nt, rdf",
    "graph.jsonld, rdf",
    "onto.owl, rdf",
    "g.trig, rdf",
    "g.nq, rdf",
    "g.rdf, rdf",
    "corpus.jsonl.gz, jsonl",
    "api.json.GZ, hf-json"
  })
  void byExtension(String file, String format) {
    assertEquals(format, PaperReaders.byFileName(file).name());
  }

  @Test
  void unknownExtensionsGiveNull() {
    assertNull(PaperReaders.byFileName("notes.md"));
    assertNull(PaperReaders.byFileName("README"));
    assertNull(PaperReaders.byFileName("archive.gz"));
  }

  @Test
  void byNameAndAlias() {
    assertEquals(PaperReaders.HF_TEXT, PaperReaders.require("hf-text"));
    assertEquals(PaperReaders.ARXIV_ATOM, PaperReaders.require("ATOM"));
    assertEquals(PaperReaders.JSONL, PaperReaders.require("ndjson"));
    assertEquals(PaperReaders.RDF, PaperReaders.require("turtle"));
  }

  @Test
  void unknownNameListsTheKnownOnes() {
    PaperkgException e = assertThrows(PaperkgException.class, () -> PaperReaders.require("csv"));
    assertEquals(
        "unknown format 'csv' (known: hf-text, hf-json, hf-html, arxiv-atom, jsonl, openalex, crossref, s2,"
            + " arxiv-snapshot, arxiv-oai, rdf)",
        e.getMessage());
    assertEquals(2, e.exitCode());
  }

  @Test
  void everyFormatButRdfHasAReader() {
    ReaderSettings s = new ReaderSettings(2025);
    for (Format f : PaperReaders.formats()) {
      assertEquals(!PaperReaders.isRdf(f), PaperReaders.reader(f, s).isPresent(), f.name());
    }
    assertEquals(
        List.of(
            "hf-text",
            "hf-json",
            "hf-html",
            "arxiv-atom",
            "jsonl",
            "openalex",
            "crossref",
            "s2",
            "arxiv-snapshot",
            "arxiv-oai",
            "rdf"),
        PaperReaders.names());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "[{\"paper\": {}}] | hf-json",
        "  {\"paper\": {\"id\": \"1\"}} | hf-json",
        "{\"dailyPapers\": [] } | hf-json",
        "{\"id\": \"2401.1\", \"title\": \"t\", \"summary\": \"s\"} | hf-json",
        "{\"id\": \"1\", \"title\": \"t\", \"abstract\": \"a\"}\\n{\"id\": \"2\"} | jsonl",
        "{\"id\": \"1\", \"title\": \"t\", \"abstract\": \"cut of | jsonl",
        "<?xml version=\"1.0\"?>\\n<feed xmlns=\"http://www.w3.org/2005/Atom\"> | arxiv-atom",
        "<!DOCTYPE html><html><body> | hf-html",
        "<html lang=en> | hf-html",
        "<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"x\"> | rdf",
        "@prefix pkg: <http://x/> . | rdf",
        "new\\n\\nDaily Papers\\n | hf-text",
        "\uFEFFPAC Generalization | hf-text"
      })
  void sniff(String head, String format) {
    assertEquals(format, FormatSniffer.sniff(head.replace("\\n", "\n").getBytes(UTF_8)).name());
  }

  @Test
  void sniffOfNothingIsText() {
    assertTrue(PaperReaders.HF_TEXT.equals(FormatSniffer.sniff(new byte[0])));
  }
}
