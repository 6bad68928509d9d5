package paperkg.neo4j;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import paperkg.Queues;
import paperkg.rdf.Facts;

/**
 * Neo4j writes on their own thread behind a bounded queue, so annotation never waits for a commit and a
 * commit never waits for annotation. Batches are written in the order they were submitted (the import run's
 * "finished" mark lands last), one transaction each. At most {@code depth} batches wait: memory stays flat
 * however large the input, and a slow store slows the producer down instead of filling the heap.
 */
public final class BackgroundWriter implements AutoCloseable {
  private static final Facts END = new Facts(java.util.List.of());

  private final GraphWriter writer;
  private final BlockingQueue<Facts> queue;
  private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
  private final Thread thread;
  private volatile long busyNanos;
  private boolean finished;

  public BackgroundWriter(GraphWriter writer, int depth) {
    this.writer = writer;
    this.queue = new ArrayBlockingQueue<>(Math.max(1, depth));
    this.thread = new Thread(this::drain, "paperkg-neo4j");
    thread.setDaemon(true);
    thread.start();
  }

  /** Queues one transaction's facts; blocks while the queue is full; throws if an earlier write failed. */
  public void submit(Facts facts) {
    while (true) {
      rethrow();
      try {
        if (queue.offer(facts, 100, TimeUnit.MILLISECONDS)) {
          return;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while queueing a Neo4j write", e);
      }
    }
  }

  /** Waits until every queued batch is committed; throws the first write failure. */
  public void finish() {
    stop();
    rethrow();
  }

  /** Seconds the writer thread spent writing (rows built from triples, sent, committed). */
  public double busySeconds() {
    return busyNanos / 1e9;
  }

  /** Like {@link #finish} without throwing: on an error path, what was queued is still committed. */
  @Override
  public void close() {
    stop();
  }

  private void stop() {
    if (finished) {
      return;
    }
    finished = true;
    try {
      while (thread.isAlive() && !queue.offer(END, 100, TimeUnit.MILLISECONDS)) {
        // the writer is still busy with a full queue; it takes one soon (or dies, and the loop ends)
      }
    } catch (InterruptedException e) {
      thread.interrupt();
      Thread.currentThread().interrupt();
    }
    join();
  }

  private void drain() {
    Queues.drainUntil(queue, END, this::write);
  }

  /** Writes one transaction's facts; false after a failure, which stops the thread. */
  private boolean write(Facts facts) {
    long t0 = System.nanoTime();
    try {
      writer.write(facts);
      return true;
    } catch (RuntimeException e) {
      failure.compareAndSet(null, e);
      return false;
    } finally {
      busyNanos += System.nanoTime() - t0;
    }
  }

  private void join() {
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void rethrow() {
    RuntimeException e = failure.get();
    if (e != null) {
      throw e;
    }
  }
}
