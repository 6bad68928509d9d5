package paperkg.source;

import static paperkg.source.SourceFields.collapse;
import static paperkg.source.SourceFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import paperkg.PaperkgException;

/**
 * The arXiv metadata snapshot (Kaggle {@code arxiv-metadata-oai-snapshot.json}): JSON Lines with
 * {@code id, title, abstract, authors_parsed [[last, first, suffix]], categories} (space separated,
 * primary first), {@code doi, versions [{version, created}]}. The published date is the first
 * version's; TeX accents in names and titles are decoded. The snapshot has no affiliations.
 */
final class ArxivSnapshotReader implements PaperReader {
  private final ErrorHandler bad;

  ArxivSnapshotReader(ErrorHandler bad) {
    this.bad = bad;
  }

  @Override
  public void read(InputStream in, String sourceName, Consumer<Paper> sink) throws IOException {
    JsonRecords.read(
        in,
        sourceName,
        bad,
        (root, source, line, out) ->
            bad.record(() -> toPaper(root, JsonRecords.where(source, line, 1, 1)), out),
        sink);
  }

  static Paper toPaper(JsonNode r, String where) {
    if (!r.isObject() || !r.has("id")) {
      throw PaperkgException.badInput(where, 0, "not an arXiv snapshot record (no \"id\")");
    }
    String title = collapse(TexNames.decode(text(r, "title")));
    if (title == null) {
      throw PaperkgException.badInput(where, 0, "record without a title");
    }
    String id = text(r, "id").strip();
    if (SourceFields.arxivUrl(id) == null) {
      throw PaperkgException.badInput(where, 0, "not an arXiv id: '" + id + "'");
    }
    String categories = text(r, "categories");
    Paper.Builder b =
        Paper.builder(title)
            .id(id)
            .arxivId(id)
            .doi(SourceFields.doi(firstDoi(text(r, "doi"))))
            .abstractText(collapse(text(r, "abstract")))
            .published(firstVersion(r.path("versions"), text(r, "update_date"), where))
            .url(SourceFields.arxivUrl(id))
            .categories(
                categories == null ? List.of() : Arrays.asList(categories.strip().split("\\s+")))
            .source(where);
    if (r.path("authors_parsed").isArray() && r.path("authors_parsed").size() > 0) {
      for (JsonNode parts : r.get("authors_parsed")) {
        String name =
            collapse(
                TexNames.decode(String.join(" ", part(parts, 1), part(parts, 0), part(parts, 2))));
        if (!SourceFields.isBlank(name)) {
          b.author(Author.of(name));
        }
      }
    } else if (text(r, "authors") != null) {
      for (String name : TexNames.decode(text(r, "authors")).split(",\\s*|\\s+and\\s+")) {
        if (!name.isBlank()) {
          b.author(Author.of(collapse(name)));
        }
      }
    }
    return b.build();
  }

  /** "10.1103/PhysRevD.76.013009 10.1103/x" holds more than one DOI sometimes: the first. */
  private static String firstDoi(String doi) {
    return doi == null ? null : doi.strip().split("\\s+")[0];
  }

  private static String part(JsonNode array, int i) {
    JsonNode v = array.path(i);
    return v.isTextual() ? v.asText().strip() : "";
  }

  /** v1's "Mon, 2 Apr 2007 19:18:42 GMT"; else the update date. */
  private static LocalDate firstVersion(JsonNode versions, String updateDate, String where) {
    for (JsonNode v : versions) {
      String created = SourceFields.text(v, "created");
      if (created != null) {
        try {
          return ZonedDateTime.parse(created, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeParseException e) {
          throw PaperkgException.badInput(where, 0, "not an RFC 1123 date: '" + created + "'");
        }
      }
    }
    return SourceFields.isoDate(updateDate, where, 0);
  }
}
