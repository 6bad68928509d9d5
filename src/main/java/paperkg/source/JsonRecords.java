package paperkg.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;
import paperkg.PaperkgException;

/**
 * JSON inputs that come either as one document (an API response, pretty-printed or not) or as JSON
 * Lines (a bulk snapshot: OpenAlex, the arXiv metadata snapshot). The first non-blank line decides:
 * when it is a whole JSON value the input is JSON Lines and is streamed line by line (a bad line is
 * one bad record); otherwise the input is one document, parsed in memory.
 */
final class JsonRecords {
  /**
   * Maps one parsed JSON value (a line, or the whole document) to papers, reporting bad entries.
   */
  interface RootMapper {
    void map(JsonNode root, String source, long line, Consumer<Paper> sink);
  }

  /** Enough to reset to the start after looking at a first line of up to the line limit. */
  private static final int MARK = InputLimits.MAX_LINE_BYTES + (256 << 10);

  private JsonRecords() {}

  static void read(
      InputStream raw, String sourceName, ErrorHandler bad, RootMapper mapper, Consumer<Paper> sink)
      throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, 64 << 10);
    in.mark(MARK);
    if (firstLineIsWholeValue(in, sourceName)) {
      in.reset();
      TextInput.eachLine(
          in,
          sourceName,
          bad,
          line -> {
            if (line.text().isBlank()) {
              return;
            }
            JsonNode root;
            try {
              root = SourceFields.JSON.readTree(line.text());
            } catch (JsonProcessingException e) {
              bad.error(SourceFields.invalidJson(sourceName, line.number(), e));
              return;
            }
            mapper.map(root, sourceName, line.number(), sink);
          });
      return;
    }
    in.reset();
    mapper.map(document(in, sourceName), sourceName, 0, sink);
  }

  /** The whole input as one JSON value; invalid or empty JSON is bad input. */
  static JsonNode document(InputStream in, String sourceName) throws IOException {
    JsonNode root;
    try {
      root = SourceFields.JSON.readTree(TextInput.document(in, sourceName));
    } catch (JsonProcessingException e) {
      throw SourceFields.invalidJson(sourceName, 0, e);
    }
    if (root == null || root.isMissingNode()) {
      throw PaperkgException.badInput(sourceName, 0, "empty input");
    }
    return root;
  }

  /**
   * How one record of a document becomes a paper ({@code where} names it in errors and provenance).
   */
  interface RecordMapper {
    Paper toPaper(JsonNode record, String where);
  }

  /**
   * The records of one parsed value, each to {@code sink} through the error handler; a JSON null is
   * a record the source says it does not have (S2 batch) and is skipped.
   */
  static void each(
      List<JsonNode> records,
      String source,
      long line,
      ErrorHandler bad,
      RecordMapper mapper,
      Consumer<Paper> sink) {
    int n = 0;
    for (JsonNode record : records) {
      String where = where(source, line, ++n, records.size());
      if (!record.isNull()) {
        bad.record(() -> mapper.toPaper(record, where), sink);
      }
    }
  }

  private static boolean firstLineIsWholeValue(InputStream in, String sourceName)
      throws IOException {
    TextInput lines = new TextInput(in, sourceName);
    try {
      for (TextInput.Line line = lines.next(); line != null; line = lines.next()) {
        if (!line.text().isBlank()) {
          JsonNode v = SourceFields.JSON.readTree(line.text());
          return v != null && v.isContainerNode();
        }
      }
    } catch (JsonProcessingException | PaperkgException e) {
      return false; // an opening brace alone, a cut value, a long line: a document (its parse names
      // the error)
    }
    return false;
  }

  /** {@code source#n} or {@code source:line} for one entry of a document or a line. */
  static String where(String source, long line, int n, int entries) {
    if (line > 0) {
      return entries > 1 ? source + ":" + line + "#" + n : source + ":" + line;
    }
    return source + "#" + n;
  }
}
