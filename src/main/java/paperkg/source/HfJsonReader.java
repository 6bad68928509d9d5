package paperkg.source;

import static paperkg.source.SourceFields.collapse;
import static paperkg.source.SourceFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;
import paperkg.PaperkgException;

/**
 * Hugging Face API JSON: /api/daily_papers (an array of entries), a page's hydration object {@code
 * {dailyPapers: [...]}}, or one /api/papers/{id} object. An entry keeps the paper under {@code
 * paper} and repeats some fields (title, publishedAt, organization) at the top level. {@link
 * HfHtmlReader} maps its hydration JSON through {@link #readDocument} too.
 */
final class HfJsonReader implements PaperReader {
  private final ErrorHandler bad;

  HfJsonReader() {
    this(BadRecords.strict());
  }

  HfJsonReader(ErrorHandler bad) {
    this.bad = bad;
  }

  @Override
  public void read(InputStream in, String sourceName, Consumer<Paper> sink) throws IOException {
    readDocument(JsonRecords.document(in, sourceName), sourceName, sink, bad);
  }

  /**
   * Maps each entry of an API document; entries are named {@code source#n} in errors, and a bad
   * entry goes to {@code bad}.
   */
  static void readDocument(
      JsonNode root, String sourceName, Consumer<Paper> sink, ErrorHandler bad) {
    int n = 0;
    for (JsonNode entry : entries(root, sourceName)) {
      String where = sourceName + "#" + ++n;
      bad.record(() -> toPaper(entry, where), sink);
    }
  }

  private static Iterable<JsonNode> entries(JsonNode root, String sourceName) {
    if (root.isArray()) {
      return root;
    }
    if (root.isObject() && root.path("dailyPapers").isArray()) {
      return root.get("dailyPapers");
    }
    if (root.isObject() && (root.has("paper") || root.has("title"))) {
      return List.of(root);
    }
    throw PaperkgException.badInput(
        sourceName,
        0,
        "not Hugging Face papers JSON (expected an array, {\"dailyPapers\": [...]} or a paper)");
  }

  /** One API entry (with or without the {@code paper} wrapper) as a Paper. */
  static Paper toPaper(JsonNode entry, String source) {
    if (!entry.isObject()) {
      throw PaperkgException.badInput(
          source, 0, "expected a paper object, found " + entry.getNodeType());
    }
    JsonNode paper = entry.path("paper").isObject() ? entry.get("paper") : entry;
    String title = collapse(firstNonNull(text(paper, "title"), text(entry, "title")));
    if (title == null) {
      throw PaperkgException.badInput(source, 0, "paper without a title");
    }
    String id = text(paper, "id");
    Paper.Builder b =
        Paper.builder(title)
            .id(id)
            .url(SourceFields.arxivUrl(id))
            .abstractText(collapse(firstNonNull(text(paper, "summary"), text(entry, "summary"))))
            .published(
                SourceFields.isoDate(
                    firstNonNull(text(paper, "publishedAt"), text(entry, "publishedAt")),
                    source,
                    0))
            .upvotes(SourceFields.integer(paper, "upvotes"))
            .keywords(SourceFields.strings(paper, "ai_keywords"))
            .source(source);
    for (JsonNode author : paper.path("authors")) {
      String name = collapse(author.isTextual() ? author.asText() : text(author, "name"));
      if (name != null) {
        b.author(Author.of(name));
      }
    }
    // The organisation the paper is filed under; the entry's copy and the paper's are the same.
    Listing org = SourceFields.listing(entry.get("organization"));
    b.submitter(org != null ? org : SourceFields.listing(paper.get("organization")));
    return b.build();
  }

  private static String firstNonNull(String a, String b) {
    return a != null ? a : b;
  }
}
