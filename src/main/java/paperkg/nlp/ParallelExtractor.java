package paperkg.nlp;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.Supplier;
import paperkg.Stage;
import paperkg.source.Paper;

/**
 * Annotates and extracts papers on all cores with the one shared pipeline. Papers come in on the
 * caller's thread; at most {@code 4 × threads} are in flight (bounded memory); finished extractions
 * are handed to the sink on one thread, in completion order, so the sink (RDF + Neo4j writes) needs
 * no locking.
 */
public final class ParallelExtractor {
  private final Supplier<Annotator> annotator;
  private final Supplier<Extractor> extractor;
  private final int threads;
  private final LongAdder annotateNanos = new LongAdder();
  private final LongAdder extractNanos = new LongAdder();

  public ParallelExtractor(Annotator annotator, Extractor extractor, int threads) {
    this(() -> annotator, () -> extractor, threads);
  }

  /** With the models still loading: a worker asks for them when it gets its first paper. */
  public ParallelExtractor(
      Supplier<Annotator> annotator, Supplier<Extractor> extractor, int threads) {
    this.annotator = annotator;
    this.extractor = extractor;
    this.threads = Math.max(1, threads);
  }

  public Extraction extract(Paper paper) {
    Annotator a = annotator.get();
    Extractor x = extractor.get();
    long t0 = System.nanoTime();
    Annotated annotated = a.annotate(paper);
    long t1 = System.nanoTime();
    Extraction extraction = x.extract(annotated);
    annotateNanos.add(t1 - t0);
    extractNanos.add(System.nanoTime() - t1);
    return extraction;
  }

  /** Seconds spent in CoreNLP so far, summed over the worker threads (for stage timings). */
  public double annotateSeconds() {
    return annotateNanos.sum() / 1e9;
  }

  /** Seconds spent in our extraction so far, summed over the worker threads. */
  public double extractSeconds() {
    return extractNanos.sum() / 1e9;
  }

  /**
   * @param producer pushes papers into the consumer it is given (e.g. a reader)
   * @param sink receives each extraction, on a single thread
   */
  public void run(Consumer<Consumer<Paper>> producer, Consumer<Extraction> sink) {
    int inFlight = threads * 4;
    // permits bound the papers waiting for or inside a worker; the stage's queue bounds those done
    Semaphore permits = new Semaphore(inFlight);
    ExecutorService workers = Executors.newFixedThreadPool(threads, daemon("paperkg-annotate"));
    try (Stage<Extraction> done = Stage.start("paperkg-sink", inFlight, sink)) {
      try {
        producer.accept(
            paper -> {
              done.check();
              permits.acquireUninterruptibly();
              workers.execute(
                  () -> {
                    try {
                      done.put(extract(paper));
                    } catch (Throwable t) {
                      done.fail(t);
                    } finally {
                      permits.release();
                    }
                  });
            });
      } finally {
        // Even when the producer failed, let what is in flight reach the sink: nothing read is
        // lost.
        permits.acquireUninterruptibly(inFlight);
        workers.shutdownNow();
      }
      done.finish();
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }
}
