package paperkg;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * One consumer thread behind a bounded queue: the one way our stages hand work to the next thread
 * and pass a failure back. {@link #put} blocks while the queue is full (a slow consumer slows the
 * producer instead of filling the heap) and throws the first failure; {@link #finish} is the end of
 * upstream: it waits until everything queued is consumed and throws the first failure. After a
 * failure the thread keeps taking items and drops them, so no producer ever blocks on a stage that
 * has stopped working.
 *
 * <p>A failure comes from the consumer, or from upstream through {@link #fail} (e.g. an annotation
 * worker): either way later items are dropped. When the producer itself throws, {@link #close}
 * still lets what was queued reach the consumer (what was read is committed).
 */
public final class Stage<T> implements AutoCloseable {
  /** The end-of-upstream mark; private, so no item of type T can be mistaken for it. */
  private static final Object END = new Object();

  private final BlockingQueue<Object> queue;
  private final Consumer<? super T> consumer;
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private final Thread thread;
  private volatile long busyNanos;
  private boolean ended;

  private Stage(String name, int capacity, Consumer<? super T> consumer) {
    this.queue = new ArrayBlockingQueue<>(Math.max(1, capacity));
    this.consumer = consumer;
    this.thread = new Thread(this::consume, name);
    thread.setDaemon(true);
  }

  /** Starts the consumer thread {@code name}; at most {@code capacity} items wait for it. */
  public static <T> Stage<T> start(String name, int capacity, Consumer<? super T> consumer) {
    Stage<T> stage = new Stage<>(name, capacity, consumer);
    stage.thread.start();
    return stage;
  }

  /**
   * Queues {@code item}; blocks while the queue is full; throws if the stage (or upstream) failed.
   */
  public void put(T item) {
    offer(item);
  }

  /**
   * Records an upstream failure: later items are dropped, {@link #put} and {@link #finish} throw
   * it.
   */
  public void fail(Throwable t) {
    failure.compareAndSet(null, t);
  }

  /** Throws the first failure, if any. */
  public void check() {
    Throwable t = failure.get();
    if (t instanceof RuntimeException r) {
      throw r;
    } else if (t instanceof Error e) {
      throw e;
    } else if (t != null) {
      throw new IllegalStateException(t);
    }
  }

  /** End of upstream: waits until every queued item is consumed, then throws the first failure. */
  public void finish() {
    end();
    check();
  }

  /** Seconds the consumer thread spent consuming. */
  public double busySeconds() {
    return busyNanos / 1e9;
  }

  /** Like {@link #finish} without throwing: on an error path, what was queued is still consumed. */
  @Override
  public void close() {
    end();
  }

  private void offer(Object item) {
    while (true) {
      if (item != END) {
        check();
      }
      try {
        if (queue.offer(item, 100, TimeUnit.MILLISECONDS) || !thread.isAlive()) {
          return;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while queueing for " + thread.getName(), e);
      }
    }
  }

  private void end() {
    if (ended) {
      return;
    }
    ended = true;
    try {
      offer(END);
      thread.join();
    } catch (InterruptedException e) {
      thread.interrupt();
      Thread.currentThread().interrupt();
    } catch (IllegalStateException e) {
      thread
          .interrupt(); // interrupted while the queue was full: stop the consumer rather than wait
    }
  }

  @SuppressWarnings("unchecked")
  private void consume() {
    while (true) {
      Object item;
      try {
        item = queue.take();
      } catch (InterruptedException e) {
        return;
      }
      if (item == END) {
        return;
      }
      if (failure.get() != null) {
        continue;
      }
      long t0 = System.nanoTime();
      try {
        consumer.accept((T) item);
      } catch (Throwable t) {
        fail(t);
      } finally {
        busyNanos += System.nanoTime() - t0;
      }
    }
  }
}
