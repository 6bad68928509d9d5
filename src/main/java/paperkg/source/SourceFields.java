package paperkg.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import paperkg.PaperkgException;

/**
 * Small field helpers the JSON, HTML and Atom readers share, so each reader keeps only its mapping.
 */
final class SourceFields {
  /**
   * The stream belongs to the caller (PaperReader contract), so Jackson must not close it; trailing
   * garbage after the root value is an error rather than silently ignored.
   */
  static final ObjectMapper JSON =
      JsonMapper.builder()
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  /** New-style (2401.01234) and old-style (hep-th/9901001) arXiv identifiers, without version. */
  private static final Pattern ARXIV_ID =
      Pattern.compile("\\d{4}\\.\\d{4,5}|[a-z-]+(\\.[A-Z]{2})?/\\d{7}");

  private static final Pattern SPACE = Pattern.compile("\\s+");

  private SourceFields() {}

  /**
   * Titles and abstracts arrive hard-wrapped (arXiv, HF API); one space between words is enough.
   */
  static String collapse(String s) {
    return s == null ? null : SPACE.matcher(s.strip()).replaceAll(" ");
  }

  static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  /** The arXiv abstract page for an arXiv id, or null when the id is not one. */
  static String arxivUrl(String id) {
    return id != null && ARXIV_ID.matcher(id).matches() ? "https://arxiv.org/abs/" + id : null;
  }

  private static final Pattern DOI_PREFIX =
      Pattern.compile("^(?:https?://(?:dx\\.)?doi\\.org/|doi:)", Pattern.CASE_INSENSITIVE);
  private static final Pattern ARXIV_DOI = Pattern.compile("^10\\.48550/arxiv\\.(.+)$");
  private static final Pattern ARXIV_ABS =
      Pattern.compile("arxiv\\.org/(?:abs|pdf)/([^?#\\s]+?)(?:v\\d+)?(?:\\.pdf)?$");

  /**
   * A DOI as a bare lower-case name ({@code 10.1109/x}): resolver URL or {@code doi:} prefix
   * removed.
   */
  static String doi(String value) {
    if (isBlank(value)) {
      return null;
    }
    String d =
        DOI_PREFIX.matcher(value.strip()).replaceFirst("").toLowerCase(java.util.Locale.ROOT);
    return d.startsWith("10.") ? d : null;
  }

  /** The arXiv id of an arXiv DOI ({@code 10.48550/arxiv.1201.0490}), else null. */
  static String arxivIdOfDoi(String doi) {
    if (doi == null) {
      return null;
    }
    var m = ARXIV_DOI.matcher(doi);
    return m.matches() && arxivUrl(m.group(1)) != null ? m.group(1) : null;
  }

  /** The arXiv id of an arxiv.org abs/pdf URL, without version; else null. */
  static String arxivIdOfUrl(String url) {
    if (url == null) {
      return null;
    }
    var m = ARXIV_ABS.matcher(url.strip());
    return m.find() && arxivUrl(m.group(1)) != null ? m.group(1) : null;
  }

  /** The text of a field, or null when absent, JSON null or blank. */
  static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull() || v.isContainerNode()) {
      return null;
    }
    String s = v.asText();
    return s.isBlank() ? null : s;
  }

  static Integer integer(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.canConvertToInt() && v.isNumber() ? v.intValue() : null;
  }

  /** The strings of a JSON array field; anything else gives an empty list. */
  static List<String> strings(JsonNode node, String field) {
    List<String> out = new ArrayList<>();
    for (JsonNode item : node.path(field)) {
      if (item.isValueNode() && !item.asText().isBlank()) {
        out.add(item.asText().strip());
      }
    }
    return out;
  }

  /**
   * A count or vote number from a regex's digits; more digits than an int holds are bad input, not
   * a NumberFormatException (found by fuzzing).
   */
  static int count(String digits, String source, long line) {
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      throw PaperkgException.badInput(source, line, "number too large: " + digits);
    }
  }

  /** An HF organisation object {name, fullname} as a listing; null when it names nothing. */
  static Listing listing(JsonNode org) {
    if (org == null || !org.isObject()) {
      return null;
    }
    String handle = text(org, "name");
    String name = collapse(text(org, "fullname"));
    if (handle == null && name == null) {
      return null;
    }
    return new Listing(handle, name != null ? name : handle);
  }

  /** The date part of an ISO date or date-time ("2024-05-24T17:34:15.000Z" gives 2024-05-24). */
  static LocalDate isoDate(String value, String source, long line) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
    } catch (DateTimeParseException e) {
      throw PaperkgException.badInput(source, line, "not an ISO date: '" + value + "'");
    }
  }

  /** Jackson's message without its location, with the line it gives; one line for the CLI. */
  static PaperkgException invalidJson(String source, long line, JsonProcessingException e) {
    if (line <= 0 && e.getLocation() != null) {
      line = e.getLocation().getLineNr();
    }
    String msg =
        e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
    // Jackson points at the opening bracket with a redacted source; the file:line is ours.
    msg = msg.replaceAll("\\s*\\(start marker at \\[Source:.*\\]\\)", "");
    return PaperkgException.badInput(source, line, "invalid JSON: " + msg);
  }
}
