package paperkg.pipeline;

import java.util.Set;

/**
 * What one import did and where its time went.
 *
 * @param papers papers read (annotated, or skipped as unchanged)
 * @param seconds wall time of the whole pipeline, first paper read to last commit
 * @param annotateSeconds CoreNLP, thread-seconds summed over the annotation threads
 * @param extractSeconds our extraction, thread-seconds summed over the annotation threads
 * @param rdfSeconds RDF emission on the sink thread
 * @param loadSeconds Neo4j writes on their own thread (busy time)
 */
public record ImportReport(
    long papers,
    long tokens,
    long triples,
    double seconds,
    double annotateSeconds,
    double extractSeconds,
    double rdfSeconds,
    double loadSeconds,
    Changes changes) {

  /**
   * Why papers were annotated or not, against what the store held.
   *
   * @param unchanged stored with the same fingerprint: skipped
   * @param added not in the store yet
   * @param inputChanged stored, but a field of the paper differs now
   * @param extractorChanged stored by another extractor version ({@code earlierVersions}; now
   *     {@code version})
   * @param forced stored and unchanged, annotated again because of {@code --force}
   */
  public record Changes(
      long unchanged,
      long added,
      long inputChanged,
      long extractorChanged,
      long forced,
      Set<String> earlierVersions,
      String version) {
    /** Papers annotated and written. */
    public long annotated() {
      return added + inputChanged + extractorChanged + forced;
    }
  }
}
