package paperkg.cli;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * How far the reading of the inputs is, counted as it goes (a wrapper around the record stream,
 * like Jena's {@code ProgressStreamRDF}, not a pass of its own): papers and stored bytes read so
 * far, against the inputs' size. Thread-safe: the reader counts, the progress display asks.
 */
final class ReadCount {
  private final long totalBytes;
  private final AtomicLong bytes = new AtomicLong();
  private final AtomicLong papers = new AtomicLong();

  /**
   * @param totalBytes the inputs' size as stored, 0 when unknown
   */
  ReadCount(long totalBytes) {
    this.totalBytes = totalBytes;
  }

  /** What a reader consumed ({@link Inputs#readPapers}'s byte counter). */
  void bytesRead(long n) {
    bytes.addAndGet(n);
  }

  /** {@code sink}, counting each paper that passes. */
  <T> Consumer<T> counting(Consumer<T> sink) {
    return paper -> {
      papers.incrementAndGet();
      sink.accept(paper);
    };
  }

  long papersRead() {
    return papers.get();
  }

  long bytesRead() {
    return bytes.get();
  }

  /**
   * The papers in all the inputs, estimated: those read so far scaled by the share of the bytes
   * read (exact once everything is read); -1 while unknown (no size, nothing read yet). Whole
   * documents (an API page's JSON) are parsed before their first paper comes out, so a single large
   * document is underestimated until it has been read.
   */
  long expectedPapers() {
    long read = bytes.get();
    long n = papers.get();
    if (totalBytes <= 0 || read <= 0 || n == 0) {
      return -1;
    }
    return read >= totalBytes ? n : Math.round(n * (double) totalBytes / read);
  }
}
