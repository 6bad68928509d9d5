package paperkg.nlp;

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
}
