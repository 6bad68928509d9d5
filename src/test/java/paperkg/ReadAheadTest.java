package paperkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The import's single read: a producer that can run only once (an iterator, like stdin) gives every
 * item in order; a failure before the window is full is thrown before anything is consumed, a later
 * one after the items read before it; closing stops a producer blocked on a full queue.
 */
class ReadAheadTest {
  /** A source that can be read once: a second read would find it exhausted and fail. */
  private static Consumer<Consumer<Integer>> once(List<Integer> items) {
    Iterator<Integer> it = items.iterator();
    AtomicBoolean read = new AtomicBoolean();
    return sink -> {
      if (!read.compareAndSet(false, true)) {
        throw new IllegalStateException("read twice");
      }
      it.forEachRemaining(sink);
    };
  }

  @Test
  void aOneShotProducerDeliversEveryItemInOrder() {
    List<Integer> items = IntStream.range(0, 50).boxed().toList();
    List<Integer> got = new ArrayList<>();
    try (ReadAhead<Integer> ahead = ReadAhead.start("test-read", 8, once(items))) {
      ahead.awaitFullOrEnd();
      ahead.drainTo(got::add);
    }
    assertEquals(items, got);
  }

  @Test
  void aFailureInsideTheWindowIsThrownBeforeAnythingIsConsumed() {
    RuntimeException bad = new RuntimeException("f.jsonl:3: invalid JSON");
    try (ReadAhead<Integer> ahead =
        ReadAhead.start(
            "test-read",
            10,
            sink -> {
              sink.accept(1);
              sink.accept(2);
              throw bad;
            })) {
      assertSame(bad, assertThrows(RuntimeException.class, ahead::awaitFullOrEnd));
    }
  }

  @Test
  void aFailureBeyondTheWindowComesAfterTheItemsBeforeIt() {
    RuntimeException bad = new RuntimeException("f.jsonl:21: invalid JSON");
    List<Integer> got = new ArrayList<>();
    try (ReadAhead<Integer> ahead =
        ReadAhead.start(
            "test-read",
            5,
            sink -> {
              IntStream.range(0, 20).forEach(sink::accept);
              throw bad;
            })) {
      ahead.awaitFullOrEnd(); // the window is full: no failure yet
      assertSame(bad, assertThrows(RuntimeException.class, () -> ahead.drainTo(got::add)));
    }
    assertEquals(IntStream.range(0, 20).boxed().toList(), got);
  }

  @Test
  void closeStopsAProducerBlockedOnAFullQueue() throws InterruptedException {
    AtomicBoolean finished = new AtomicBoolean();
    List<Thread> producer = new ArrayList<>();
    ReadAhead<Integer> ahead =
        ReadAhead.start(
            "test-read",
            2,
            sink -> {
              producer.add(Thread.currentThread());
              IntStream.range(0, 1_000_000).forEach(sink::accept);
              finished.set(true);
            });
    ahead.awaitFullOrEnd();
    ahead.close();
    producer.get(0).join(5_000);
    assertFalse(producer.get(0).isAlive(), "the producer still runs after close");
    assertFalse(finished.get());
  }
}
