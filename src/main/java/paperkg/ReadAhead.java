package paperkg;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * A producer on its own thread, ahead of its consumer by at most {@code capacity} items: the
 * producer-side counterpart of {@link Stage}. The import reads its inputs once through one: {@link
 * #awaitFullOrEnd()} lets the reading get ahead (a small input is read whole, so bad input fails
 * before the store opens or anything is annotated, as a separate counting pass did before), then
 * {@link #drainTo} hands every item to the consumer on the caller's thread. A failure of the
 * producer travels in order with the items: the consumer gets everything read before it, then it is
 * thrown on the consumer's thread as it was thrown.
 */
public final class ReadAhead<T> implements AutoCloseable {
  private static final Object END = new Object();

  /** A producer's failure, queued after the items it read. */
  private record Failure(Throwable cause) {}

  private final BlockingQueue<Object> queue;
  private final Thread thread;
  private volatile boolean stopped;

  private ReadAhead(String name, int capacity, Consumer<Consumer<T>> producer) {
    this.queue = new ArrayBlockingQueue<>(Math.max(1, capacity));
    this.thread =
        new Thread(
            () -> {
              Object last = END;
              try {
                producer.accept(this::offer);
              } catch (Stopped s) {
                return;
              } catch (Throwable t) {
                last = new Failure(t);
              }
              offer(last);
            },
            name);
    thread.setDaemon(true);
  }

  /** Starts {@code producer} on thread {@code name}, pushing into a queue of {@code capacity}. */
  public static <T> ReadAhead<T> start(String name, int capacity, Consumer<Consumer<T>> producer) {
    ReadAhead<T> ahead = new ReadAhead<>(name, capacity, producer);
    ahead.thread.start();
    return ahead;
  }

  /**
   * Waits until the queue is full or the producer has ended; a failure of the producer before that
   * is thrown here (nothing has been consumed yet).
   */
  public void awaitFullOrEnd() {
    while (queue.remainingCapacity() > 0 && thread.isAlive()) {
      try {
        thread.join(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading ahead", e);
      }
    }
    if (!thread.isAlive()) { // the whole input is queued: fail now if any of it failed
      queue.forEach(
          item -> {
            if (item instanceof Failure f) {
              rethrow(f.cause());
            }
          });
    }
  }

  /** Hands every item to {@code sink} on this thread, then throws the producer's failure if any. */
  @SuppressWarnings("unchecked")
  public void drainTo(Consumer<? super T> sink) {
    while (true) {
      Object item;
      try {
        item = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading", e);
      }
      if (item == END) {
        return;
      }
      if (item instanceof Failure f) {
        rethrow(f.cause());
      }
      sink.accept((T) item);
    }
  }

  /** Stops the producer if it is still running (the consumer failed or stopped early). */
  @Override
  public void close() {
    stopped = true;
    thread.interrupt();
  }

  private void offer(Object item) {
    try {
      if (stopped) {
        throw new Stopped();
      }
      queue.put(item);
    } catch (InterruptedException e) {
      throw new Stopped();
    }
  }

  private static void rethrow(Throwable t) {
    if (t instanceof RuntimeException r) {
      throw r;
    } else if (t instanceof Error e) {
      throw e;
    }
    throw new IllegalStateException(t);
  }

  /** Unwinds the producer after {@link #close()}. */
  private static final class Stopped extends RuntimeException {
    Stopped() {
      super(null, null, false, false);
    }
  }
}
