package paperkg.source;

import static paperkg.source.SourceFields.collapse;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import paperkg.PaperkgException;

/**
 * An arXiv API Atom feed (export.arxiv.org/api/query). Each {@code <entry>} is a paper: the id is
 * the abs URL with a version suffix, authors may carry {@code <arxiv:affiliation>}s. The API
 * reports errors as a feed whose one entry is titled "Error"; that becomes bad input.
 */
final class ArxivAtomReader implements PaperReader {
  private final ErrorHandler bad;

  ArxivAtomReader() {
    this(BadRecords.strict());
  }

  ArxivAtomReader(ErrorHandler bad) {
    this.bad = bad;
  }

  @Override
  public void read(InputStream in, String sourceName, Consumer<Paper> sink) throws IOException {
    // Positions give file:line in errors; the XML parser keeps prefixed names like
    // arxiv:affiliation.
    Parser parser = Parser.xmlParser().setTrackPosition(true);
    Document doc = Jsoup.parse(TextInput.document(in, sourceName), "", parser);
    List<Element> entries = doc.getElementsByTag("entry");
    for (Element entry : entries) {
      String title = collapse(childText(entry, "title"));
      String rawId = childText(entry, "id");
      int line = entry.sourceRange().start().lineNumber();
      if ("Error".equals(title)
          && (entries.size() == 1 || String.valueOf(rawId).contains("/api/errors"))) {
        throw PaperkgException.badInput(
            sourceName, line, "arXiv API error: " + collapse(childText(entry, "summary")));
      }
      bad.record(
          () -> {
            if (SourceFields.isBlank(title) || SourceFields.isBlank(rawId)) {
              throw PaperkgException.badInput(sourceName, line, "entry without <id> or <title>");
            }
            return toPaper(entry, arxivId(rawId), title, sourceName + ":" + line, sourceName, line);
          },
          sink);
    }
  }

  private static Paper toPaper(
      Element entry, String id, String title, String source, String sourceName, int line) {
    Paper.Builder b =
        Paper.builder(title)
            .id(id)
            .abstractText(collapse(childText(entry, "summary")))
            .published(SourceFields.isoDate(childText(entry, "published"), sourceName, line))
            .url(absLink(entry, id))
            .arxivId(SourceFields.arxivUrl(id) != null ? id : null)
            .doi(SourceFields.doi(childText(entry, "arxiv:doi")))
            .categories(categories(entry))
            .source(source);
    for (Element author : entry.children()) {
      String name = collapse(childText(author, "name"));
      // An <author> without a <name> is skipped, as the JSON readers skip nameless authors (found
      // by fuzzing: it was a NullPointerException).
      if (author.tagName().equals("author") && !SourceFields.isBlank(name)) {
        List<String> affiliations =
            author.getElementsByTag("arxiv:affiliation").stream()
                .map(a -> collapse(a.text()))
                .filter(a -> !a.isEmpty())
                .toList();
        b.author(new Author(name, affiliations));
      }
    }
    return b.build();
  }

  /** The primary category first, then the others ({@code <category term=…>}), each once. */
  private static List<String> categories(Element entry) {
    java.util.LinkedHashSet<String> codes = new java.util.LinkedHashSet<>();
    for (String tag : List.of("arxiv:primary_category", "category")) {
      for (Element c : entry.children()) {
        if (c.tagName().equals(tag) && !c.attr("term").isBlank()) {
          codes.add(c.attr("term").strip());
        }
      }
    }
    return List.copyOf(codes);
  }

  /** "http://arxiv.org/abs/2401.01234v2" gives "2401.01234" (old ids keep their archive part). */
  static String arxivId(String idUrl) {
    String id = idUrl.strip();
    int abs = id.indexOf("/abs/");
    if (abs >= 0) {
      id = id.substring(abs + "/abs/".length());
    }
    return id.replaceFirst("v\\d+$", "");
  }

  /** The entry's HTML abstract page link, falling back to the canonical abs URL. */
  private static String absLink(Element entry, String id) {
    for (Element link : entry.children()) {
      if (link.tagName().equals("link")
          && link.attr("rel").equals("alternate")
          && !link.attr("href").isEmpty()) {
        return link.attr("href");
      }
    }
    return "https://arxiv.org/abs/" + id;
  }

  /** Text of a direct child: {@code <title>} must not match the feed's or a nested element's. */
  private static String childText(Element parent, String tag) {
    for (Element child : parent.children()) {
      if (child.tagName().equals(tag)) {
        return child.wholeText();
      }
    }
    return null;
  }
}
