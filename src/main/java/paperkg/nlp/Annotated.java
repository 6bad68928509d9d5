package paperkg.nlp;

import java.util.List;
import java.util.Objects;
import paperkg.source.Paper;

/** A paper with its CoreNLP annotation (tokens, POS, lemmas, NER) as plain records. */
public record Annotated(Paper paper, List<Sentence> sentences) {
  public Annotated {
    Objects.requireNonNull(paper, "paper");
    sentences = List.copyOf(sentences);
  }

  public int tokenCount() {
    return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
  }
}
