package paperkg;

import java.util.concurrent.BlockingQueue;
import java.util.function.Predicate;

/** The consumer side of our producer/consumer stages, which end their queues with a marker element. */
public final class Queues {
  private Queues() {}

  /**
   * Takes elements from {@code queue} and hands each to {@code handle} until {@code end} arrives, {@code handle}
   * returns false, or the thread is interrupted.
   */
  public static <T> void drainUntil(BlockingQueue<T> queue, T end, Predicate<T> handle) {
    while (true) {
      T element;
      try {
        element = queue.take();
      } catch (InterruptedException e) {
        return;
      }
      if (element == end || !handle.test(element)) {
        return;
      }
    }
  }
}
