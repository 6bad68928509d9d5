package paperkg.source;

import static paperkg.source.SourceFields.collapse;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import paperkg.PaperkgException;

/**
 * OAI-PMH {@code ListRecords} (or {@code GetRecord}) in arXiv's {@code arXiv} metadata format
 * (export.arxiv.org/oai2?verb=ListRecords&amp;metadataPrefix=arXiv): per record {@code id, created,
 * authors/author{keyname, forenames, suffix, affiliation*}, title, categories, doi, abstract}.
 * Deleted records are skipped; an OAI error other than "no records match" is bad input. The {@code
 * resumptionToken} is read by the HTTP pager, not here.
 */
final class ArxivOaiReader implements PaperReader {
  private final ErrorHandler bad;

  ArxivOaiReader(ErrorHandler bad) {
    this.bad = bad;
  }

  @Override
  public void read(InputStream in, String sourceName, Consumer<Paper> sink) throws IOException {
    Parser parser = Parser.xmlParser().setTrackPosition(true);
    Document doc = Jsoup.parse(TextInput.document(in, sourceName), "", parser);
    Element error = first(doc, "error");
    if (error != null && !"noRecordsMatch".equals(error.attr("code"))) {
      throw bad.fatal(
          sourceName,
          line(error),
          "OAI-PMH error " + error.attr("code") + ": " + collapse(error.text()));
    }
    if (first(doc, "OAI-PMH") == null) {
      throw bad.fatal(sourceName, 0, "not an OAI-PMH response (no <OAI-PMH> element)");
    }
    for (Element record : doc.getElementsByTag("record")) {
      Element header = child(record, "header");
      if (header != null && "deleted".equals(header.attr("status"))) {
        continue;
      }
      Element meta = first(record, "arXiv");
      int line = line(record);
      bad.record(
          () -> {
            if (meta == null) {
              throw PaperkgException.badInput(sourceName, line, "record without <arXiv> metadata");
            }
            return toPaper(meta, sourceName, line);
          },
          sink);
    }
  }

  private static Paper toPaper(Element m, String sourceName, int line) {
    String id = text(m, "id");
    String title = collapse(TexNames.decode(text(m, "title")));
    if (SourceFields.isBlank(id) || SourceFields.isBlank(title)) {
      throw PaperkgException.badInput(sourceName, line, "record without <id> or <title>");
    }
    id = id.strip();
    String categories = text(m, "categories");
    Paper.Builder b =
        Paper.builder(title)
            .id(id)
            .arxivId(SourceFields.arxivUrl(id) != null ? id : null)
            .doi(SourceFields.doi(text(m, "doi")))
            .abstractText(collapse(text(m, "abstract")))
            .published(SourceFields.isoDate(collapse(text(m, "created")), sourceName, line))
            .url(SourceFields.arxivUrl(id))
            .categories(
                categories == null ? List.of() : Arrays.asList(categories.strip().split("\\s+")))
            .source(sourceName + ":" + line);
    Element authors = child(m, "authors");
    for (Element a : authors == null ? List.<Element>of() : authors.children()) {
      if (!a.normalName().equals("author")) {
        continue;
      }
      String name =
          collapse(
              TexNames.decode(
                  String.join(
                      " ", nonNull(text(a, "forenames"), text(a, "keyname"), text(a, "suffix")))));
      if (SourceFields.isBlank(name)) {
        continue;
      }
      List<String> affiliations = new ArrayList<>();
      for (Element aff : a.children()) {
        if (aff.normalName().equals("affiliation") && !aff.text().isBlank()) {
          affiliations.add(collapse(aff.text()));
        }
      }
      b.author(new Author(name, affiliations));
    }
    return b.build();
  }

  private static List<String> nonNull(String... parts) {
    return Arrays.stream(parts).filter(p -> !SourceFields.isBlank(p)).map(String::strip).toList();
  }

  private static Element first(Element root, String tag) {
    return root.getElementsByTag(tag).first();
  }

  private static Element child(Element parent, String tag) {
    for (Element c : parent.children()) {
      if (c.normalName().equals(tag.toLowerCase(java.util.Locale.ROOT))) {
        return c;
      }
    }
    return null;
  }

  private static String text(Element parent, String tag) {
    Element c = child(parent, tag);
    return c == null ? null : c.wholeText();
  }

  private static int line(Element e) {
    return e.sourceRange().start().lineNumber();
  }
}
