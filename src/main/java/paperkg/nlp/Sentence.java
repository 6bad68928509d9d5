package paperkg.nlp;

import java.util.List;
import java.util.Objects;

/** A sentence of the annotated text (title is sentence 0 when the annotator includes it). */
public record Sentence(int index, String text, int begin, int end, List<Token> tokens) {
  public Sentence {
    Objects.requireNonNull(text, "text");
    tokens = List.copyOf(tokens);
  }
}
