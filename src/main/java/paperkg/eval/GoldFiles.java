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
 * Reads the benchmark JSONL files: Inspec ({@code id, title, abstract, keyphrases[]}), SciERC
 * ({@code id, text, entities[{text, type, start, end}]}; SciERC has no title, so the whole text is
 * the abstract) and GROBID affiliations ({@code id, affiliation_text, institutions[]}; the
 * affiliation is the abstract).
 */
public final class GoldFiles {
  private GoldFiles() {}

  private static final ObjectMapper JSON = new ObjectMapper();

  public static List<GoldDoc> inspec(Path file) {
    return read(
        file,
        (node, line) -> {
          List<GoldDoc.Gold> gold = new ArrayList<>();
          for (JsonNode k : array(node, "keyphrases", file, line)) {
            gold.add(new GoldDoc.Gold(k.asText(), "keyphrase"));
          }
          Paper p =
              Paper.builder(text(node, "title", file, line))
                  .id(text(node, "id", file, line))
                  .abstractText(text(node, "abstract", file, line))
                  .build();
          return new GoldDoc(p, gold);
        });
  }

  public static List<GoldDoc> scierc(Path file) {
    return read(
        file,
        (node, line) -> {
          List<GoldDoc.Gold> gold = new ArrayList<>();
          for (JsonNode e : array(node, "entities", file, line)) {
            gold.add(new GoldDoc.Gold(text(e, "text", file, line), text(e, "type", file, line)));
          }
          Paper p =
              Paper.builder("")
                  .id(text(node, "id", file, line))
                  .abstractText(text(node, "text", file, line))
                  .build();
          return new GoldDoc(p, gold);
        });
  }

  /**
   * GROBID affiliation gold: {@code id, affiliation_text, institutions[]}; a document per
   * affiliation.
   */
  public static List<GoldDoc> affiliations(Path file) {
    return read(
        file,
        (node, line) -> {
          List<GoldDoc.Gold> gold = new ArrayList<>();
          for (JsonNode k : array(node, "institutions", file, line)) {
            gold.add(new GoldDoc.Gold(k.asText(), "institution"));
          }
          Paper p =
              Paper.builder("")
                  .id(text(node, "id", file, line))
                  .abstractText(text(node, "affiliation_text", file, line))
                  .build();
          return new GoldDoc(p, gold);
        });
  }

  /**
   * Corpus gold in the format of corpus-dev.jsonl: {@code id}, {@code topics[{topic, alt[],
   * level}]} and, when present, {@code orgs[{name, surface[]}]}, {@code proposed[{name, kind}]},
   * {@code used[{name, kind}]}.
   */
  public static List<CorpusGold> corpus(Path file) {
    return read(
        file,
        CorpusGold::id,
        (node, line) -> {
          List<CorpusGold.Topic> topics = new ArrayList<>();
          for (JsonNode t : array(node, "topics", file, line)) {
            topics.add(
                new CorpusGold.Topic(
                    text(t, "topic", file, line),
                    strings(t.path("alt")),
                    t.path("level").asText("specific")));
          }
          List<CorpusGold.Org> orgs = new ArrayList<>();
          for (JsonNode o : node.path("orgs")) {
            orgs.add(new CorpusGold.Org(text(o, "name", file, line), strings(o.path("surface"))));
          }
          return new CorpusGold(
              text(node, "id", file, line),
              orgs,
              names(node.path("proposed"), file, line),
              names(node.path("used"), file, line),
              topics);
        });
  }

  private static List<CorpusGold.Name> names(JsonNode array, Path file, long line) {
    List<CorpusGold.Name> out = new ArrayList<>();
    for (JsonNode n : array) {
      out.add(new CorpusGold.Name(text(n, "name", file, line), n.path("kind").asText("")));
    }
    return out;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }

  private interface LineParser<T> {
    T parse(JsonNode node, long line);
  }

  private static List<GoldDoc> read(Path file, LineParser<GoldDoc> parser) {
    return read(file, GoldDoc::id, parser);
  }

  private static <T> List<T> read(
      Path file, java.util.function.Function<T, String> id, LineParser<T> parser) {
    List<T> docs = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String s;
      long line = 0;
      while ((s = r.readLine()) != null) {
        line++;
        if (s.isBlank()) {
          continue;
        }
        T d = parser.parse(parse(s, file, line), line);
        if (!ids.add(id.apply(d))) {
          throw PaperkgException.badInput(file, line, "duplicate id " + id.apply(d));
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
