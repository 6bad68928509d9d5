package paperkg.spark;

import java.io.Serializable;
import java.util.List;

/**
 * What one task did, collected on the driver: counts, and its bad records (file:line messages, in
 * input order) for the driver to report like the CLI does.
 *
 * @param seconds the task's wall time
 * @param nlpSeconds of it, in CoreNLP and the extraction (the first task waits for the models here)
 * @param rdfSeconds of it, mapping to triples and writing them to the shard
 */
record ShardReport(
    int slice,
    int input,
    long papers,
    long tokens,
    long triples,
    List<String> badRecords,
    long badCount,
    List<TaskErrors.Warning> warnings,
    double seconds,
    double nlpSeconds,
    double rdfSeconds)
    implements Serializable {}
