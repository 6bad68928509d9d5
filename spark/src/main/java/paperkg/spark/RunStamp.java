package paperkg.spark;

import java.io.Serializable;
import java.time.OffsetDateTime;
import paperkg.rdf.ImportRun;

/**
 * The driver's {@link ImportRun} as it starts, in a form tasks can receive: every paper's triples
 * link to the run (and repeat its start), exactly as {@code paperkg import} emits them. The run's
 * own start and finish triples are written by the driver alone.
 */
record RunStamp(String id, String startedAt, String source, String sha256) implements Serializable {
  static RunStamp of(ImportRun run) {
    return new RunStamp(run.id(), run.startedAt().toString(), run.source(), run.sha256());
  }

  ImportRun toRun() {
    return new ImportRun(id, OffsetDateTime.parse(startedAt), null, source, sha256, null);
  }
}
