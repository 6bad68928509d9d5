package paperkg.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import paperkg.rdf.OrganisationIds;

/**
 * Developer check, not a test: the Organisation nodes that the names in JSONL files would make
 * (corpus records' {@code hf_organization.fullname}, and {@code organisations[].name} of {@code
 * paperkg extract} output), and the pairs of distinct nodes that are one organisation by folded
 * name (case, punctuation, spaces, "The", legal suffix) or by acronym (a node's name is another's
 * initials). Args: FILE.jsonl…
 */
public final class OrgDuplicates {
  private static final Set<String> LEGAL =
      Set.of("inc", "ltd", "llc", "gmbh", "co", "corp", "corporation", "plc");
  private static final Set<String> STOP = Set.of("of", "the", "and", "for", "at", "in", "de");

  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper();
    Map<String, String> nodes = new TreeMap<>(); // id -> a name
    for (String file : args) {
      try (BufferedReader r = Files.newBufferedReader(Path.of(file))) {
        String line;
        while ((line = r.readLine()) != null) {
          JsonNode n = json.readTree(line);
          List<String> names = new ArrayList<>();
          if (n.path("hf_organization").hasNonNull("fullname")) {
            names.add(n.path("hf_organization").get("fullname").asText());
          }
          n.path("organisations").forEach(o -> names.add(o.path("name").asText()));
          for (String name : names) {
            if (!name.isBlank()) {
              var o = OrganisationIds.resolve(name, null);
              nodes.putIfAbsent(o.id(), o.name());
            }
          }
        }
      }
    }
    Map<String, Set<String>> byFold = new TreeMap<>();
    Map<String, Set<String>> byInitials = new TreeMap<>();
    nodes.forEach(
        (id, name) -> {
          List<String> w = words(name);
          if (w.isEmpty()) {
            return; // no Latin letters ("台灣大學"): nothing to fold, its id is its own name
          }
          byFold.computeIfAbsent(String.join("", w), k -> new TreeSet<>()).add(id);
          if (w.size() >= 2) {
            StringBuilder sb = new StringBuilder();
            w.stream().filter(x -> !STOP.contains(x)).forEach(x -> sb.append(x.charAt(0)));
            byInitials.computeIfAbsent(sb.toString(), k -> new TreeSet<>()).add(id);
          }
        });
    int pairs = 0;
    for (Map.Entry<String, Set<String>> e : byFold.entrySet()) {
      if (e.getValue().size() > 1) {
        pairs += e.getValue().size() - 1;
        System.out.println("same folded name: " + e.getValue());
      }
      Set<String> spelledOut = byInitials.get(e.getKey());
      if (spelledOut != null && e.getKey().length() >= 2) {
        for (String id : spelledOut) {
          if (!e.getValue().contains(id)) {
            pairs++;
            System.out.println(
                "acronym: " + e.getValue() + " ~ " + id + " (" + nodes.get(id) + ")");
          }
        }
      }
    }
    System.out.println(
        nodes.size() + " organisation nodes, " + pairs + " pairs that are one organisation");
  }

  private static List<String> words(String name) {
    String a =
        Normalizer.normalize(name, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replace("&", " and ");
    List<String> w = new ArrayList<>();
    for (String x : a.split("[^a-z0-9]+")) {
      if (!x.isEmpty()) {
        w.add(x);
      }
    }
    if (w.size() > 1 && w.get(0).equals("the")) {
      w.remove(0);
    }
    while (w.size() > 1 && LEGAL.contains(w.get(w.size() - 1))) {
      w.remove(w.size() - 1);
    }
    return w;
  }
}
