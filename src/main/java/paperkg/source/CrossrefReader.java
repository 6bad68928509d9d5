package paperkg.source;

import static paperkg.source.SourceFields.collapse;
import static paperkg.source.SourceFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import paperkg.PaperkgException;

/**
 * Crossref REST API works: a list ({@code {message: {items: [...]}}}) or one work ({@code {message:
 * {...}}}). Abstracts are JATS XML ({@code <jats:p>}) and become plain text through Jsoup; authors
 * carry ORCID and affiliation names (no identifiers). Every work with a title is a paper, whatever
 * its type.
 */
final class CrossrefReader implements PaperReader {
  private final ErrorHandler bad;

  CrossrefReader(ErrorHandler bad) {
    this.bad = bad;
  }

  @Override
  public void read(InputStream in, String sourceName, Consumer<Paper> sink) throws IOException {
    JsonRecords.read(in, sourceName, bad, this::map, sink);
  }

  private void map(JsonNode root, String source, long line, Consumer<Paper> sink) {
    JsonNode message = root.path("message");
    List<JsonNode> works = new ArrayList<>();
    if (message.path("items").isArray()) {
      message.get("items").forEach(works::add);
    } else if (message.isObject()) {
      works.add(message);
    } else if (root.path("items").isArray()) {
      root.get("items").forEach(works::add);
    } else if (root.has("DOI")) {
      works.add(root); // a snapshot line: one bare work
    } else {
      bad.error(
          PaperkgException.badInput(
              source, line, "not Crossref JSON (expected {\"message\": ...})"));
      return;
    }
    JsonRecords.each(works, source, line, bad, CrossrefReader::toPaper, sink);
  }

  static Paper toPaper(JsonNode w, String where) {
    if (!w.isObject()) {
      throw PaperkgException.badInput(where, 0, "expected a work object, found " + w.getNodeType());
    }
    String title = collapse(String.join(" ", SourceFields.strings(w, "title")));
    if (SourceFields.isBlank(title)) {
      throw PaperkgException.badInput(where, 0, "work without a title");
    }
    String doi = SourceFields.doi(text(w, "DOI"));
    String arxiv = SourceFields.arxivIdOfDoi(doi);
    Paper.Builder b =
        Paper.builder(title)
            .arxivId(arxiv)
            .doi(doi)
            .abstractText(jatsText(text(w, "abstract")))
            .published(date(w))
            .url(
                arxiv != null
                    ? SourceFields.arxivUrl(arxiv)
                    : doi != null ? "https://doi.org/" + doi : null)
            .externalTopics(SourceFields.strings(w, "subject"))
            .source(where);
    for (JsonNode a : w.path("author")) {
      String name = collapse(String.join(" ", nonNull(text(a, "given"), text(a, "family"))));
      if (SourceFields.isBlank(name)) {
        name = collapse(text(a, "name")); // an organisation as author ("the XYZ Consortium")
      }
      if (SourceFields.isBlank(name)) {
        continue;
      }
      List<String> affiliations = new ArrayList<>();
      for (JsonNode aff : a.path("affiliation")) {
        String org = collapse(text(aff, "name"));
        if (org != null) {
          affiliations.add(org);
        }
      }
      b.author(new Author(name, affiliations, text(a, "ORCID")));
    }
    return b.build();
  }

  /** JATS markup ({@code <jats:title>Abstract</jats:title><jats:p>…</jats:p>}) as plain text. */
  static String jatsText(String jats) {
    if (jats == null) {
      return null;
    }
    Document doc = Jsoup.parse(jats, "", Parser.xmlParser());
    doc.select("jats\\:title, title").remove();
    List<String> parts = new ArrayList<>();
    for (Element p : doc.select("jats\\:p, p")) {
      if (p.select("jats\\:p, p").size() == 1) { // innermost paragraphs only
        parts.add(p.text());
      }
    }
    String text = parts.isEmpty() ? doc.text() : String.join(" ", parts);
    return collapse(text);
  }

  /** {@code issued.date-parts[0]} = [year, month?, day?]; missing parts are the first month/day. */
  private static LocalDate date(JsonNode w) {
    for (String field :
        List.of("issued", "published", "published-print", "published-online", "created")) {
      JsonNode parts = w.path(field).path("date-parts").path(0);
      if (parts.isArray() && parts.size() > 0 && parts.get(0).canConvertToInt()) {
        int year = parts.get(0).intValue();
        int month =
            parts.size() > 1 && parts.get(1).canConvertToInt() ? parts.get(1).intValue() : 1;
        int day = parts.size() > 2 && parts.get(2).canConvertToInt() ? parts.get(2).intValue() : 1;
        try {
          return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
          return null; // a date Crossref holds wrongly costs the date, not the work
        }
      }
    }
    return null;
  }

  private static List<String> nonNull(String... parts) {
    List<String> out = new ArrayList<>();
    for (String p : parts) {
      if (p != null) {
        out.add(p);
      }
    }
    return out;
  }
}
