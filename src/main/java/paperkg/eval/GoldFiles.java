package paperkg.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import paperkg.PaperkgException;
import paperkg.source.Paper;

/**
 * Reads the benchmark JSONL files: Inspec ({@code id, title, abstract, keyphrases[]}), SciERC ({@code id,
 * text, entities[{text, type, start, end}]}; SciERC has no title, so the whole text is the abstract) and
 * GROBID affiliations ({@code id, affiliation_text, institutions[]}; the affiliation is the abstract).
 */
public final class GoldFiles {
  private GoldFiles() {}

  private static final ObjectMapper JSON = new ObjectMapper();

  public static List<GoldDoc> inspec(Path file) {
    return read(file, (node, line) -> {
      List<GoldDoc.Gold> gold = new ArrayList<>();
      for (JsonNode k : array(node, "keyphrases", file, line)) {
        gold.add(new GoldDoc.Gold(k.asText(), "keyphrase"));
      }
      Paper p = Paper.builder(text(node, "title", file, line)).id(text(node, "id", file, line))
          .abstractText(text(node, "abstract", file, line)).build();
      return new GoldDoc(p, gold);
    });
  }

  public static List<GoldDoc> scierc(Path file) {
    return read(file, (node, line) -> {
      List<GoldDoc.Gold> gold = new ArrayList<>();
      for (JsonNode e : array(node, "entities", file, line)) {
        gold.add(new GoldDoc.Gold(text(e, "text", file, line), text(e, "type", file, line)));
      }
      Paper p = Paper.builder("").id(text(node, "id", file, line)).abstractText(text(node, "text", file, line))
          .build();
      return new GoldDoc(p, gold);
    });
  }

  /** GROBID affiliation gold: {@code id, affiliation_text, institutions[]}; a document per affiliation. */
  public static List<GoldDoc> affiliations(Path file) {
    return read(file, (node, line) -> {
      List<GoldDoc.Gold> gold = new ArrayList<>();
      for (JsonNode k : array(node, "institutions", file, line)) {
        gold.add(new GoldDoc.Gold(k.asText(), "institution"));
      }
      Paper p = Paper.builder("").id(text(node, "id", file, line))
          .abstractText(text(node, "affiliation_text", file, line)).build();
      return new GoldDoc(p, gold);
    });
  }

  private interface LineParser {
    GoldDoc parse(JsonNode node, long line);
  }

  private static List<GoldDoc> read(Path file, LineParser parser) {
    List<GoldDoc> docs = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String s;
      long line = 0;
      while ((s = r.readLine()) != null) {
        line++;
        if (s.isBlank()) {
          continue;
        }
        GoldDoc d = parser.parse(parse(s, file, line), line);
        if (!ids.add(d.id())) {
          throw PaperkgException.badInput(file, line, "duplicate id " + d.id());
        }
        docs.add(d);
      }
    } catch (NoSuchFileException e) {
      throw PaperkgException.usage("no such file: " + file);
    } catch (IOException e) {
      throw PaperkgException.badInput(file, 0, "cannot read: " + e.getMessage());
    }
    if (docs.isEmpty()) {
      throw PaperkgException.badInput(file, 0, "no documents");
    }
    return docs;
  }

  private static JsonNode parse(String s, Path file, long line) {
    try {
      JsonNode n = JSON.readTree(s);
      if (!n.isObject()) {
        throw PaperkgException.badInput(file, line, "expected a JSON object");
      }
      return n;
    } catch (JsonProcessingException e) {
      throw PaperkgException.badInput(file, line, "invalid JSON: " + e.getOriginalMessage());
    }
  }

  private static String text(JsonNode n, String field, Path file, long line) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull() || v.isContainerNode()) {
      throw PaperkgException.badInput(file, line, "missing \"" + field + "\"");
    }
    return v.asText();
  }

  private static JsonNode array(JsonNode n, String field, Path file, long line) {
    JsonNode v = n.get(field);
    if (v == null || !v.isArray()) {
      throw PaperkgException.badInput(file, line, "missing array \"" + field + "\"");
    }
    return v;
  }
}
