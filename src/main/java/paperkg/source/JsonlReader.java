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
  private final ErrorHandler bad;

  JsonlReader() {
    this(BadRecords.strict());
  }

  JsonlReader(ErrorHandler bad) {
    this.bad = bad;
  }

  @Override
  public void read(InputStream in, String sourceName, Consumer<Paper> sink) throws IOException {
    readLines(in, sourceName, 0, bad, sink);
  }

  /**
   * The lines of a part of a file (a Spark split) as papers: {@code in} holds whole lines that
   * follow {@code linesBefore} lines of {@code sourceName}, so a paper's {@code source} ({@code
   * file:line}) and the messages name the line of the whole file; the same strict UTF-8 and size
   * checks as a whole file.
   */
  public static void readLines(
      InputStream in, String sourceName, long linesBefore, ErrorHandler bad, Consumer<Paper> sink)
      throws IOException {
    // One bad line is skipped unless strict; the reader is already past it.
    TextInput.eachLine(
        in,
        sourceName,
        linesBefore,
        bad,
        line -> bad.record(() -> parseLine(line.text(), sourceName, line.number()), sink));
  }

  /**
   * One line of the format as a Paper, or null for a blank line: the per-line entry point for
   * callers that split the input themselves (the Spark job).
   *
   * @throws PaperkgException bad input naming {@code source:lineNo}
   */
  public static Paper parseLine(String line, String source, long lineNo) {
    if (line.isBlank()) {
      return null;
    }
    JsonNode node;
    try {
      node = SourceFields.JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw SourceFields.invalidJson(source, lineNo, e);
    }
    if (!node.isObject()) {
      throw PaperkgException.badInput(source, lineNo, "expected one JSON object per line");
    }
    return toPaper(node, source, lineNo);
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
