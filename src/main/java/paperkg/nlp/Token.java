package paperkg.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * One CoreNLP token, copied out so CoreNLP types never leave this package. Offsets are into the
 * text annotated.
 */
public record Token(String word, String lemma, String pos, String ner, int begin, int end) {
  /** The words of some tokens, in order. */
  static List<String> words(List<Token> tokens) {
    List<String> out = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      out.add(t.word());
    }
    return out;
  }
}
