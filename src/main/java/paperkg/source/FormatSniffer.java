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
      return PaperReaders.HF_JSON;
    }
    if (text.startsWith("{")) {
      return sniffJsonObject(head);
    }
    if (lower.startsWith("<!doctype html") || lower.startsWith("<html")) {
      return PaperReaders.HF_HTML;
    }
    if (lower.startsWith("<")) {
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
    if (keys.contains("paper") || keys.contains("dailyPapers") || keys.contains("summary")) {
      return PaperReaders.HF_JSON;
    }
    return PaperReaders.JSONL;
  }

  /** Keys of the first object, as far as the head goes (a cut-off head is fine). */
  private static Set<String> topLevelKeys(byte[] head) {
    Set<String> keys = new HashSet<>();
    try (JsonParser p = SourceFields.JSON.getFactory().createParser(head)) {
      int depth = 0;
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
