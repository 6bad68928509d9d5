package paperkg.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The text the corpus-statistics tools count in a corpus paper: its title, a full stop, then its
 * abstract. One definition, so the statistics, the vocabulary and the hierarchy see the same words.
 */
final class CorpusTexts {
  private CorpusTexts() {}

  /** The text of one corpus record ({@code title}, {@code abstract}). */
  static String of(JsonNode record) {
    return record.path("title").asText("") + ".\n" + record.path("abstract").asText("");
  }

  /** The texts of every non-blank line of a corpus JSON Lines file, in file order. */
  static List<String> read(Path corpus) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> texts = new ArrayList<>();
    for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        texts.add(of(json.readTree(line)));
      }
    }
    return texts;
  }
}
