package paperkg.rdf;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One import of one input set. The id derives from the inputs' SHA-256, so importing the same input
 * again updates the same run (times, count) instead of adding a node: a re-import changes no
 * counts. {@code finishedAt} stays null until the run completes, so an interrupted run is visible
 * as unfinished.
 */
public record ImportRun(
    String id,
    OffsetDateTime startedAt,
    OffsetDateTime finishedAt,
    String source,
    String sha256,
    Integer papers) {
  public ImportRun {
    Objects.requireNonNull(id, "id");
  }

  public static ImportRun start(String source, String sha256) {
    return new ImportRun(
        sha256.substring(0, 16), OffsetDateTime.now().withNano(0), null, source, sha256, null);
  }

  public ImportRun finish(int paperCount) {
    return new ImportRun(
        id, startedAt, OffsetDateTime.now().withNano(0), source, sha256, paperCount);
  }
}
