package paperkg.nlp;

/**
 * The JVM's one CoreNLP pipeline and one extractor, built on first use. Commands take them from
 * here, so a JVM that runs several commands (the tests, a bench with child runs disabled) loads the
 * models once.
 */
public final class SharedPipeline {
  private SharedPipeline() {}

  private static final class AnnotatorHolder {
    static final Annotator ANNOTATOR = Annotator.create();
  }

  private static final class ExtractorHolder {
    static final Extractor EXTRACTOR = Extractor.create();
  }

  /** The JVM's annotator (thread-safe lazy holder; ~5 s the first time). */
  public static Annotator annotator() {
    return AnnotatorHolder.ANNOTATOR;
  }

  public static Extractor extractor() {
    return ExtractorHolder.EXTRACTOR;
  }
}
