package paperkg.spark;

import java.io.PrintWriter;
import java.util.List;
import paperkg.ExitCodes;
import paperkg.PaperkgException;
import paperkg.source.BadRecords;

/**
 * The tasks' reports summed on the driver, and their bad records reported per input exactly as the
 * CLI's {@link BadRecords} does it: warnings with {@code file:line} (the first 20), a count, and an
 * input without any good paper is fatal with its first bad record.
 */
record JobTotals(
    long papers,
    long triples,
    long shards,
    long badRecords,
    double taskSeconds,
    double nlpSeconds,
    double rdfSeconds) {
  /**
   * @param warnings where warnings go; null when strict (a bad record already failed its task)
   */
  static JobTotals of(List<InputFile> files, List<ShardReport> reports, PrintWriter warnings) {
    BadRecords bad = warnings == null ? BadRecords.strict() : BadRecords.lenient(warnings);
    long papers = 0;
    long triples = 0;
    long shards = 0;
    long unsent = 0;
    double seconds = 0;
    double nlp = 0;
    double rdf = 0;
    for (int i = 0; i < files.size(); i++) {
      final int input = i;
      List<ShardReport> mine = reports.stream().filter(r -> r.input() == input).toList();
      long inputPapers = mine.stream().mapToLong(ShardReport::papers).sum();
      bad.startInput();
      if (inputPapers > 0) {
        bad.paperRead();
      }
      for (ShardReport r : mine) {
        r.warnings().forEach(w -> bad.warning(w.source(), w.line(), w.message()));
        r.badRecords()
            .forEach(message -> bad.error(new PaperkgException(ExitCodes.USAGE, message)));
        unsent += r.badCount() - r.badRecords().size();
        triples += r.triples();
        shards += r.triples() > 0 ? 1 : 0;
        seconds += r.seconds();
        nlp += r.nlpSeconds();
        rdf += r.rdfSeconds();
      }
      bad.endInput(files.get(i).name(), "no papers found");
      papers += inputPapers;
    }
    return new JobTotals(papers, triples, shards, bad.count() + unsent, seconds, nlp, rdf);
  }
}
