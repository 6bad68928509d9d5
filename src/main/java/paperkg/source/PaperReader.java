package paperkg.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Reads one input format. Like Jena's ReaderRIOT it pushes what it parses into a sink instead of
 * returning a collection, so large inputs stream.
 */
public interface PaperReader {
  /**
   * @param in the raw bytes (UTF-8 unless the format says otherwise); not closed by the reader
   * @param sourceName shown in errors and provenance, e.g. the file path or {@code -}
   * @param sink receives each paper in input order
   * @throws paperkg.PaperkgException (bad input, exit 2) with {@code sourceName:line: what}
   */
  void read(InputStream in, String sourceName, Consumer<Paper> sink) throws IOException;
}
