package paperkg.source;

import static paperkg.source.SourceFields.collapse;
import static paperkg.source.SourceFields.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import paperkg.PaperkgException;

/**
 * One paper per line (the corpus format): {@code id, title, abstract, authors, date, upvotes,
 * ai_keywords, hf_organization, github_repo}. Read line by line so a 10k-paper file streams.
 * Authors may be plain names or {@code {name, affiliations}} objects.
 */
public final class JsonlReader implements PaperReader {
  private final BadRecords bad;

  JsonlReader() {
    this(BadRecords.strict());
  }

  JsonlReader(BadRecords bad) {
    this.bad = bad;
  }

  @Override
  public void read(InputStream in, String sourceName, Consumer<Paper> sink) throws IOException {
    read(new TextInput(in, sourceName), sourceName, sink);
  }

  /**
   * The per-line entry point for a part of a file (a Spark split): {@code in} holds whole lines that follow
   * {@code linesBefore} lines of {@code sourceName}, so a paper's {@code source} ({@code file:line}) and the
   * bad-record messages name the line of the whole file. Same UTF-8 and size checks as {@link #read}.
   */
  public static void readLines(InputStream in, String sourceName, long linesBefore, BadRecords bad,
      Consumer<Paper> sink) throws IOException {
    new JsonlReader(bad).read(new TextInput(in, sourceName, linesBefore), sourceName, sink);
  }

  private void read(TextInput lines, String sourceName, Consumer<Paper> sink) throws IOException {
    while (true) {
      Paper paper;
      try {
        TextInput.Line line = lines.next();
        if (line == null) {
          return;
        }
        paper = line.text().isBlank() ? null : parse(line, sourceName);
      } catch (PaperkgException e) {
        bad.report(e); // one bad line: skipped unless strict; the reader is already past it
        continue;
      }
      if (paper != null) {
        sink.accept(paper);
      }
    }
  }

  private static Paper parse(TextInput.Line line, String sourceName) {
    JsonNode node;
    try {
      node = SourceFields.JSON.readTree(line.text());
    } catch (JsonProcessingException e) {
      throw SourceFields.invalidJson(sourceName, line.number(), e);
    }
    if (!node.isObject()) {
      throw PaperkgException.badInput(
          sourceName, line.number(), "expected one JSON object per line");
    }
    return toPaper(node, sourceName, line.number());
  }

  private static Paper toPaper(JsonNode o, String sourceName, long lineNo) {
    String title = collapse(text(o, "title"));
    if (title == null) {
      throw PaperkgException.badInput(sourceName, lineNo, "paper without a \"title\"");
    }
    String id = text(o, "id");
    String url = text(o, "url");
    List<String> keywords = SourceFields.strings(o, "ai_keywords");
    keywords.addAll(SourceFields.strings(o, "keywords"));
    Listing org = SourceFields.listing(o.get("hf_organization"));
    return Paper.builder(title)
        .id(id)
        .url(url != null ? url : SourceFields.arxivUrl(id))
        .abstractText(collapse(text(o, "abstract")))
        .published(SourceFields.isoDate(text(o, "date"), sourceName, lineNo))
        .upvotes(SourceFields.integer(o, "upvotes"))
        .authors(authors(o.path("authors")))
        .keywords(keywords)
        .submitter(org != null ? org : SourceFields.listing(o.get("organization")))
        .source(sourceName + ":" + lineNo)
        .build();
  }

  private static List<Author> authors(JsonNode array) {
    List<Author> out = new ArrayList<>();
    for (JsonNode a : array) {
      String name = collapse(a.isTextual() ? a.asText() : text(a, "name"));
      if (name != null) {
        out.add(new Author(name, SourceFields.strings(a, "affiliations")));
      }
    }
    return out;
  }
}
