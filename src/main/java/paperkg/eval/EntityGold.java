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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import paperkg.PaperkgException;

/**
 * The entity part of one corpus gold paper (the format of the hand-annotated corpus papers: {@code id, orgs[{name,
 * surface[]}], proposed[{name, kind}], used[{name, kind}], topics[…]}); topics are read elsewhere.
 */
public record EntityGold(String id, List<Org> orgs, List<Named> proposed, List<Named> used) {
  /** A gold organisation: its canonical name and the strings the paper writes for it. */
  public record Org(String name, List<String> surfaces) {
    public Org {
      Objects.requireNonNull(name, "name");
      surfaces = List.copyOf(surfaces);
    }
  }

  /** A named method, model, dataset … with its kind (null when not given). */
  public record Named(String name, String kind) {
    public Named {
      Objects.requireNonNull(name, "name");
    }
  }

  public EntityGold {
    Objects.requireNonNull(id, "id");
    orgs = List.copyOf(orgs);
    proposed = List.copyOf(proposed);
    used = List.copyOf(used);
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The gold papers of a JSONL file by id, in file order; one clear line on a bad line. */
  public static Map<String, EntityGold> read(Path file) {
    Map<String, EntityGold> out = new LinkedHashMap<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String s;
      long line = 0;
      while ((s = r.readLine()) != null) {
        line++;
        if (!s.isBlank()) {
          EntityGold g = parse(s, file, line);
          if (out.put(g.id(), g) != null) {
            throw PaperkgException.badInput(file, line, "duplicate id " + g.id());
          }
        }
      }
    } catch (NoSuchFileException e) {
      throw PaperkgException.usage("no such file: " + file);
    } catch (IOException e) {
      throw PaperkgException.badInput(file, 0, "cannot read: " + e.getMessage());
    }
    if (out.isEmpty()) {
      throw PaperkgException.badInput(file, 0, "no gold papers");
    }
    return out;
  }

  static EntityGold parse(String json, Path file, long line) {
    JsonNode n;
    try {
      n = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw PaperkgException.badInput(file, line, "invalid JSON: " + e.getOriginalMessage());
    }
    if (n == null || !n.isObject() || !n.path("id").isTextual()) {
      throw PaperkgException.badInput(file, line, "expected a JSON object with a string \"id\"");
    }
    List<Org> orgs = new ArrayList<>();
    for (JsonNode o : n.path("orgs")) {
      List<String> surfaces = new ArrayList<>();
      o.path("surface").forEach(x -> surfaces.add(x.asText()));
      orgs.add(new Org(name(o, file, line), surfaces));
    }
    return new EntityGold(n.get("id").asText(), orgs, named(n.path("proposed"), file, line),
        named(n.path("used"), file, line));
  }

  private static List<Named> named(JsonNode array, Path file, long line) {
    List<Named> out = new ArrayList<>();
    for (JsonNode x : array) {
      out.add(new Named(name(x, file, line), x.hasNonNull("kind") ? x.get("kind").asText() : null));
    }
    return out;
  }

  private static String name(JsonNode x, Path file, long line) {
    if (!x.path("name").isTextual()) {
      throw PaperkgException.badInput(file, line, "an entry without a string \"name\"");
    }
    return x.get("name").asText();
  }
}
