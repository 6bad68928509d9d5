package paperkg.source;

import static paperkg.source.SourceFields.collapse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import paperkg.PaperkgException;

/**
 * A saved huggingface.co/papers page. The server-rendered page carries its data as JSON in the
 * {@code data-props} of the {@code [data-target=DailyPapers]} hydration element, in the API's entry
 * shape, so that JSON goes through {@link HfJsonReader}'s mapping. Without it (a page saved after
 * scripts rewrote it, or a trimmed copy) the visible cards give at least ids, titles and abstracts.
 */
final class HfHtmlReader implements PaperReader {
  private static final String BASE = "https://huggingface.co/papers";
  private static final Pattern PAPER_HREF = Pattern.compile("/papers/([^/?#]+)");
  private static final Pattern AUTHORS = Pattern.compile("(\\d+)\\s+authors?(?![a-z])");

  private final ErrorHandler bad;

  HfHtmlReader() {
    this(BadRecords.strict());
  }

  HfHtmlReader(ErrorHandler bad) {
    this.bad = bad;
  }

  @Override
  public void read(InputStream in, String sourceName, Consumer<Paper> sink) throws IOException {
    Parser parser = Parser.htmlParser().setTrackPosition(true);
    Document doc = Jsoup.parse(TextInput.document(in, sourceName), BASE, parser);
    // A listing page (DailyPapers) or one paper's page (PaperContent, props {paper: {...}}).
    Element hydration =
        doc.selectFirst(
            "[data-target=DailyPapers][data-props], [data-target=PaperContent][data-props]");
    if (hydration != null) {
      readHydration(hydration, sourceName, sink);
      return;
    }
    int found = 0;
    for (Element card : doc.select("article:has(h3 a[href*=/papers/])")) {
      found++;
      bad.record(() -> fromCard(card, sourceName), sink);
    }
    if (found == 0) {
      throw PaperkgException.badInput(
          sourceName,
          0,
          "no papers found: no [data-target=DailyPapers] or PaperContent element and no paper cards");
    }
  }

  private void readHydration(Element el, String sourceName, Consumer<Paper> sink) {
    int line = el.sourceRange().start().lineNumber();
    JsonNode props;
    try {
      // Jsoup has already decoded the HTML entities of the attribute value.
      props = SourceFields.JSON.readTree(el.attr("data-props"));
    } catch (JsonProcessingException e) {
      throw PaperkgException.badInput(
          sourceName,
          line,
          "invalid JSON in data-props: " + e.getOriginalMessage().lines().findFirst().orElse(""));
    }
    HfJsonReader.readDocument(props, sourceName, sink, bad);
  }

  /**
   * The card's upvote count: the first element outside the title and abstract whose own text is
   * only a number (the vote button's figure; "7 authors" has words, so it never counts).
   */
  private static Integer upvotes(Element card) {
    for (Element e : card.select("*:not(h3, h3 *, p, p *)")) {
      String own = e.ownText().strip().replace(",", "");
      if (own.matches("\\d{1,9}")) {
        return Integer.valueOf(own);
      }
    }
    return null;
  }

  /**
   * A visible card: the h3 link gives id and title; abstract, author count and upvotes when shown.
   */
  private static Paper fromCard(Element card, String sourceName) {
    Element link = card.selectFirst("h3 a[href*=/papers/]");
    Matcher id = PAPER_HREF.matcher(link.attr("href"));
    String paperId = id.find() ? id.group(1) : null;
    int line = card.sourceRange().start().lineNumber();
    String title = collapse(link.text());
    if (title.isEmpty()) {
      throw PaperkgException.badInput(sourceName, line, "paper card without a title");
    }
    Element abstractText = card.selectFirst("p");
    Matcher authors = AUTHORS.matcher(card.text());
    return Paper.builder(title)
        .id(paperId)
        .url(SourceFields.arxivUrl(paperId))
        .abstractText(abstractText == null ? null : collapse(abstractText.text()))
        .authorCount(authors.find() ? SourceFields.count(authors.group(1), sourceName, line) : null)
        .upvotes(upvotes(card))
        .source(sourceName + ":" + line)
        .build();
  }
}
