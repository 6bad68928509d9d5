package paperkg.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import paperkg.source.Paper;

/**
 * On the reader's thread, before annotation: lets through only the papers whose stored fingerprint
 * differs from their fingerprint now (or all, with {@code force}), looked up in chunks of {@link
 * #CHUNK} papers with one query each. A paper skipped here costs a hash and a share of one lookup,
 * not CoreNLP and a write: an unchanged re-import, or the rest of an import killed half-way, costs
 * what is new.
 */
final class ChangedPapers {
  /** Papers per lookup: one round trip per 500 papers is ~20 queries for the whole corpus. */
  static final int CHUNK = 500;

  /** Why a paper was annotated, or that it was not. */
  enum Verdict {
    NEW,
    INPUT_CHANGED,
    EXTRACTOR_CHANGED,
    FORCED,
    UNCHANGED
  }

  private final Function<List<String>, Map<String, String>> lookup;
  private final String version;
  private final boolean force;
  private final Consumer<Paper> skipped;
  private final List<Paper> chunk = new ArrayList<>();
  private final Map<Verdict, Long> counts = new ConcurrentHashMap<>();
  private final Set<String> earlierVersions = new TreeSet<>();

  /**
   * Papers in the store annotated again: their old relationships go in the same transaction as the
   * new.
   */
  private final Set<String> replaced = ConcurrentHashMap.newKeySet();

  /**
   * @param lookup stored fingerprints by paper id, for the ids it is given
   * @param skipped told of every paper that is not annotated (progress)
   */
  ChangedPapers(
      Function<List<String>, Map<String, String>> lookup,
      String version,
      boolean force,
      Consumer<Paper> skipped) {
    this.lookup = lookup;
    this.version = version;
    this.force = force;
    this.skipped = skipped;
  }

  /**
   * A filter in front of {@code next}: papers go on in chunks; {@link #flush} sends the last one.
   */
  Consumer<Paper> before(Consumer<Paper> next) {
    return paper -> {
      chunk.add(paper);
      if (chunk.size() >= CHUNK) {
        flush(next);
      }
    };
  }

  void flush(Consumer<Paper> next) {
    if (chunk.isEmpty()) {
      return;
    }
    Map<String, String> stored = lookup.apply(chunk.stream().map(Paper::id).distinct().toList());
    for (Paper paper : chunk) {
      Verdict verdict = verdict(paper, Fingerprint.parse(stored.get(paper.id())));
      counts.merge(verdict, 1L, Long::sum);
      if (verdict == Verdict.UNCHANGED) {
        skipped.accept(paper);
        continue;
      }
      if (verdict != Verdict.NEW) {
        replaced.add(paper.id());
      }
      next.accept(paper);
    }
    chunk.clear();
  }

  private Verdict verdict(Paper paper, Fingerprint stored) {
    Fingerprint now = Fingerprint.of(paper, version);
    if (stored == null) {
      return Verdict.NEW;
    } else if (force) {
      return Verdict.FORCED;
    } else if (!stored.extractor().equals(version)) {
      synchronized (earlierVersions) {
        earlierVersions.add(stored.extractor());
      }
      return Verdict.EXTRACTOR_CHANGED;
    } else if (!stored.input().equals(now.input())) {
      return Verdict.INPUT_CHANGED;
    }
    return Verdict.UNCHANGED;
  }

  /** True once: the paper was in the store, so its old relationships must go (sink thread). */
  boolean takeReplaced(String paperId) {
    return replaced.remove(paperId);
  }

  long count(Verdict verdict) {
    return counts.getOrDefault(verdict, 0L);
  }

  /** The extractor versions of the papers annotated again because the extractor changed. */
  Set<String> earlierVersions() {
    synchronized (earlierVersions) {
      return Set.copyOf(earlierVersions);
    }
  }
}
