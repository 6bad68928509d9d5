package paperkg.source;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Guesses a format from the first bytes of an input, for stdin and files without a known extension.
 * The head may be cut anywhere, so every check tolerates truncation.
 */
final class FormatSniffer {
  /** How much of an input the sniff looks at. */
  static final int HEAD_BYTES = 64 * 1024;

  private FormatSniffer() {}

  static Format sniff(byte[] head) {
    String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
    String lower = text.substring(0, Math.min(text.length(), 4096)).toLowerCase(Locale.ROOT);
    if (text.startsWith("[")) {
      return sniffJsonArray(head);
    }
    if (text.startsWith("{")) {
      return sniffJsonObject(head);
    }
    if (lower.startsWith("<!doctype html") || lower.startsWith("<html")) {
      return PaperReaders.HF_HTML;
    }
    if (lower.startsWith("<")) {
      if (lower.contains("<oai-pmh")) {
        return PaperReaders.ARXIV_OAI;
      }
      if (lower.contains("<feed")) {
        return PaperReaders.ARXIV_ATOM;
      }
      if (lower.contains("<rdf:rdf")) {
        return PaperReaders.RDF;
      }
      if (lower.contains("<html")) {
        return PaperReaders.HF_HTML;
      }
    }
    if (lower.startsWith("@prefix") || lower.startsWith("@base") || lower.startsWith("prefix ")) {
      return PaperReaders.RDF;
    }
    return PaperReaders.HF_TEXT;
  }

  /**
   * An object starting the input is either one HF API document (keys {@code paper}, {@code
   * dailyPapers}, or a bare paper with {@code summary}) or the first line of a JSONL file (our
   * corpus shape: {@code abstract}). The top-level keys tell them apart.
   */
  private static Format sniffJsonObject(byte[] head) {
    Set<String> keys = topLevelKeys(head);
    Format api = apiFormat(keys);
    if (api != null) {
      return api;
    }
    if (keys.contains("paper") || keys.contains("dailyPapers") || keys.contains("summary")) {
      return PaperReaders.HF_JSON;
    }
    return PaperReaders.JSONL;
  }

  /** The metadata APIs, each by the keys only it has at the top of a response or a record. */
  private static Format apiFormat(Set<String> keys) {
    if (keys.contains("results") && keys.contains("meta")
        || keys.contains("authorships")
        || keys.contains("abstract_inverted_index")) {
      return PaperReaders.OPENALEX;
    }
    if (keys.contains("message") && (keys.contains("message-type") || keys.contains("status"))
        || keys.contains("DOI") && keys.contains("container-title")) {
      return PaperReaders.CROSSREF;
    }
    if (keys.contains("paperId")
        || keys.contains("externalIds")
        || keys.contains("data")
            && (keys.contains("total") || keys.contains("offset") || keys.contains("next"))) {
      return PaperReaders.S2;
    }
    if (keys.contains("authors_parsed")
        || keys.contains("submitter") && keys.contains("categories")) {
      return PaperReaders.ARXIV_SNAPSHOT;
    }
    return null;
  }

  /** An S2 batch starts with a paper object with paperId, or with null (an id S2 does not know). */
  private static Format sniffJsonArray(byte[] head) {
    try (JsonParser p = SourceFields.JSON.getFactory().createParser(head)) {
      p.nextToken();
      JsonToken first = p.nextToken();
      if (first == JsonToken.VALUE_NULL) {
        return PaperReaders.S2;
      }
      if (first == JsonToken.START_OBJECT) {
        Format api = apiFormat(keysOfObject(p));
        return api != null ? api : PaperReaders.HF_JSON;
      }
    } catch (IOException e) {
      // Broken JSON: the HF reader reports it.
    }
    return PaperReaders.HF_JSON;
  }

  /** Keys of the first object, as far as the head goes (a cut-off head is fine). */
  private static Set<String> topLevelKeys(byte[] head) {
    try (JsonParser p = SourceFields.JSON.getFactory().createParser(head)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return Set.of();
      }
      return keysOfObject(p);
    } catch (IOException e) {
      return Set.of();
    }
  }

  /** The keys of the object whose start the parser has just read. */
  private static Set<String> keysOfObject(JsonParser p) {
    Set<String> keys = new HashSet<>();
    try {
      int depth = 1;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t.isStructStart()) {
          depth++;
        } else if (t.isStructEnd() && --depth == 0) {
          break;
        } else if (t == JsonToken.FIELD_NAME && depth == 1) {
          keys.add(p.currentName());
        }
      }
    } catch (IOException e) {
      // Truncated or broken JSON: the keys seen so far are all the sniff needs.
    }
    return keys;
  }
}
