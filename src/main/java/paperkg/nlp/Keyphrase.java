package paperkg.nlp;

import java.util.Objects;

/**
 * A ranked keyphrase as it appears in the text (surface form), best first in {@link Extraction}.
 */
public record Keyphrase(String text, double score) {
  public Keyphrase {
    Objects.requireNonNull(text, "text");
  }
}
