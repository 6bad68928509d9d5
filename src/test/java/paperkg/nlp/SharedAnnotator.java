package paperkg.nlp;

/**
 * One CoreNLP pipeline and one extractor per test JVM: failsafe runs every *IT in the same JVM, so ITs of
 * any package share them through here instead of paying ~5 s of model loading each.
 */
public final class SharedAnnotator {
  private SharedAnnotator() {}

  private static final class Holder {
    static final Annotator ANNOTATOR = Annotator.create();
  }

  private static final class ExtractorHolder {
    static final Extractor EXTRACTOR = Extractor.create();
  }

  /** The JVM's annotator, built on first use (thread-safe lazy holder). */
  public static Annotator annotator() {
    return Holder.ANNOTATOR;
  }

  public static Extractor extractor() {
    return ExtractorHolder.EXTRACTOR;
  }
}
