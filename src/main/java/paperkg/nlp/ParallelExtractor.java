package paperkg.nlp;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import paperkg.Queues;
import paperkg.source.Paper;

/**
 * Annotates and extracts papers on all cores with the one shared pipeline. Papers come in on the caller's
 * thread; at most {@code 4 × threads} are in flight (bounded memory); finished extractions are handed to the
 * sink on one thread, in completion order, so the sink (RDF + Neo4j writes) needs no locking.
 */
public final class ParallelExtractor {
  private static final Extraction END = new Extraction(Paper.builder("").build(), 0, java.util.List.of(),
      java.util.List.of(), java.util.List.of(), java.util.List.of());

  private final Annotator annotator;
  private final Extractor extractor;
  private final int threads;
  private final LongAdder annotateNanos = new LongAdder();
  private final LongAdder extractNanos = new LongAdder();

  public ParallelExtractor(Annotator annotator, Extractor extractor, int threads) {
    this.annotator = annotator;
    this.extractor = extractor;
    this.threads = Math.max(1, threads);
  }

  public Extraction extract(Paper paper) {
    long t0 = System.nanoTime();
    Annotated annotated = annotator.annotate(paper);
    long t1 = System.nanoTime();
    Extraction extraction = extractor.extract(annotated);
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
    Semaphore permits = new Semaphore(inFlight);
    BlockingQueue<Extraction> done = new ArrayBlockingQueue<>(inFlight + 1);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    ExecutorService workers = Executors.newFixedThreadPool(threads, daemon("paperkg-annotate"));
    Thread drainer = daemon("paperkg-sink").newThread(() -> drain(done, sink, permits, failure));
    drainer.start();
    try {
      producer.accept(
          paper -> {
            rethrow(failure.get());
            acquire(permits);
            workers.execute(
                () -> {
                  try {
                    put(done, extract(paper));
                  } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                    permits.release();
                  }
                });
          });
    } finally {
      // Even when the producer failed, let what is in flight reach the sink: nothing read is lost.
      permits.acquireUninterruptibly(inFlight);
      put(done, END);
      join(drainer);
      workers.shutdownNow();
    }
    rethrow(failure.get());
  }

  private static void drain(BlockingQueue<Extraction> done, Consumer<Extraction> sink, Semaphore permits,
      AtomicReference<Throwable> failure) {
    // keeps draining after a failure: every taken extraction must give its permit back
    Queues.drainUntil(done, END, e -> {
      try {
        if (failure.get() == null) {
          sink.accept(e);
        }
      } catch (Throwable t) {
        failure.compareAndSet(null, t);
      } finally {
        permits.release();
      }
      return true;
    });
  }

  private static void rethrow(Throwable t) {
    if (t instanceof RuntimeException r) {
      throw r;
    } else if (t instanceof Error err) {
      throw err;
    } else if (t != null) {
      throw new IllegalStateException(t);
    }
  }

  private static void acquire(Semaphore s) {
    try {
      s.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static void put(BlockingQueue<Extraction> q, Extraction e) {
    try {
      q.put(e);
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", ie);
    }
  }

  private static void join(Thread t) {
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
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
