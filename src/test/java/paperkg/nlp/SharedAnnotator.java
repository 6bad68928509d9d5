package paperkg.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import paperkg.source.Paper;

/**
 * One CoreNLP pipeline and one extractor per test JVM: failsafe runs every *IT in the same JVM, so
 * ITs of any package share them through here instead of paying ~5 s of model loading each.
 */
public final class SharedAnnotator {
  private SharedAnnotator() {}

  /** The JVM's annotator, the very one the CLI commands use (built on first use). */
  public static Annotator annotator() {
    return SharedPipeline.annotator();
  }

  public static Extractor extractor() {
    return SharedPipeline.extractor();
  }

  /**
   * The extraction of every paper of a JSON Lines test resource ({@code id}, {@code title}, {@code
   * abstract} per line), by id, through the real pipeline.
   */
  public static Map<String, Extraction> extractAll(String resource) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, Extraction> byId = new LinkedHashMap<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                SharedAnnotator.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        JsonNode n = json.readTree(line);
        Paper p =
            Paper.builder(n.get("title").asText())
                .id(n.get("id").asText())
                .abstractText(n.get("abstract").asText())
                .build();
        byId.put(p.id(), extractor().extract(annotator().annotate(p)));
      }
    }
    return byId;
  }
}
