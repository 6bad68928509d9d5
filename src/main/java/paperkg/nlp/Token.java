package paperkg.nlp;

/** One CoreNLP token, copied out so CoreNLP types never leave this package. Offsets are into the text annotated. */
public record Token(String word, String lemma, String pos, String ner, int begin, int end) {}
