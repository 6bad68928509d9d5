package paperkg.nlp;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Developer tool, not a test: the organisations the extractor finds in every paper of a corpus,
 * from cached annotations ({@link AnnotationCache}), as JSONL lines {@code {"id", "organisations":
 * [{"name", "relation"}]}} — the input {@code paperkg.tools.OrgDuplicates} checks for two nodes of
 * one organisation, without importing the corpus. Usage: {@code CorpusOrganisations corpus.jsonl
 * cache.jsonl.gz out.jsonl}.
 */
public final class CorpusOrganisations {
  public static void main(String[] args) throws Exception {
    Map<String, Annotated> annotated =
        AnnotationCache.load(AnnotationCache.papers(Path.of(args[0])), Path.of(args[1]), 2);
    Extractor extractor = Extractor.create();
    ObjectMapper json = new ObjectMapper();
    int mentions = 0;
    try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
      for (Annotated a : annotated.values()) {
        List<Map<String, String>> orgs =
            extractor.extract(a).organisations().stream()
                .map(o -> Map.of("name", o.name(), "relation", o.relation().name()))
                .toList();
        mentions += (int) orgs.stream().filter(o -> o.get("relation").equals("MENTIONS")).count();
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", a.paper().id());
        line.put("organisations", orgs);
        out.write(json.writeValueAsString(line));
        out.newLine();
      }
    }
    System.err.printf(
        "%d papers, %d MENTIONS written to %s%n", annotated.size(), mentions, args[2]);
  }
}
