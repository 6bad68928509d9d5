package paperkg.source;

import java.util.function.Consumer;
import java.util.function.Supplier;
import paperkg.PaperkgException;

/**
 * Where every reader reports what it cannot use, in the manner of Jena RIOT's {@code ErrorHandler}:
 * a warning (the record is used), an error (the record is skipped, or the input stops when the
 * policy is strict) and a fatal error (the input cannot be read on). Locations are {@code
 * source:line} (or {@code source#n} for the n-th record of a document). The policy lives in the
 * implementation ({@link BadRecords#strict()}, {@link BadRecords#lenient}), so readers have one way
 * to fail.
 */
public interface ErrorHandler {
  /** Something odd that does not cost the record (e.g. a field that is ignored). */
  void warning(String source, long line, String message);

  /** A record that cannot be used: skipped, or thrown when the policy is strict. */
  void error(PaperkgException bad);

  /** The input cannot be read on: always thrown. */
  default PaperkgException fatal(String source, long line, String message) {
    return PaperkgException.badInput(source, line, message);
  }

  /**
   * The one record loop of all readers: parses a record and hands it on; a bad record goes to
   * {@link #error} and the reader continues with the next.
   */
  default void record(Supplier<Paper> parse, Consumer<Paper> sink) {
    Paper paper;
    try {
      paper = parse.get();
    } catch (PaperkgException e) {
      error(e);
      return;
    }
    if (paper != null) {
      sink.accept(paper);
    }
  }
}
