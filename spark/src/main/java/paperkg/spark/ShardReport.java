package paperkg.spark;

import java.io.Serializable;
import java.util.List;

/**
 * What one task did, collected on the driver: counts, and its bad records (file:line messages, in
 * input order) for the driver to report like the CLI does.
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
    double seconds)
    implements Serializable {}
