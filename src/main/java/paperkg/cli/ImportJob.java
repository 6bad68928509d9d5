package paperkg.cli;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Triple;
import paperkg.nlp.Extraction;
import paperkg.nlp.ParallelExtractor;
import paperkg.neo4j.GraphWriter;
import paperkg.rdf.Facts;
import paperkg.rdf.ImportRun;
import paperkg.rdf.RdfMapper;
import paperkg.source.Paper;
import paperkg.source.ReaderSettings;

/**
 * One import: papers → annotate + extract (all cores) → RDF → Neo4j, in transactions of
 * {@code papersPerTransaction} papers. What was committed stays committed if a later paper fails.
 */
final class ImportJob {
  /** Seconds spent per stage and what was done, for the summary and the benchmark. */
  static final class Report {
    long papers;
    long tokens;
    long triples;
    double rdfSeconds;
    double loadSeconds;
  }

  private final ParallelExtractor extractor;
  private final RdfMapper mapper;
  private final GraphWriter writer;
  private final RdfOut rdfOut;
  private final int papersPerTransaction;
  private final Report report = new Report();
  private final List<Triple> pending = new ArrayList<>();
  private int pendingPapers;

  ImportJob(ParallelExtractor extractor, RdfMapper mapper, GraphWriter writer, RdfOut rdfOut, int papersPerTransaction) {
    this.extractor = extractor;
    this.mapper = mapper;
    this.writer = writer;
    this.rdfOut = rdfOut;
    this.papersPerTransaction = papersPerTransaction;
  }

  /** Imports the paper inputs; {@code progress} gets the running count of papers and tokens. */
  Report run(Inputs inputs, ReaderSettings settings, ImportRun run, Progress progress) {
    writer.markUnfinished(run.id());
    write(mapper.runFacts(run).triples());
    flush();
    extractor.run(
        sink -> inputs.readPapers(settings, sink),
        extraction -> {
          long t0 = System.nanoTime();
          List<Triple> triples = mapper.toFacts(extraction, run).triples();
          report.rdfSeconds += seconds(t0);
          report.papers++;
          report.tokens += extraction.tokens();
          write(triples);
          if (++pendingPapers >= papersPerTransaction) {
            flush();
          }
          progress.advance(extraction.tokens());
        });
    flush();
    write(mapper.runFacts(run.finish((int) report.papers)).triples());
    flush();
    return report;
  }

  /** Loads RDF that is already under the ontology (no annotation). */
  void loadRdf(Facts facts) {
    write(facts.triples());
    flush();
  }

  private void write(List<Triple> triples) {
    pending.addAll(triples);
    report.triples += triples.size();
    if (rdfOut != null) {
      rdfOut.write(triples);
    }
  }

  private void flush() {
    if (pending.isEmpty()) {
      return;
    }
    long t0 = System.nanoTime();
    writer.write(new Facts(pending));
    report.loadSeconds += seconds(t0);
    pending.clear();
    pendingPapers = 0;
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  /** Progress callback: one paper done with this many tokens. */
  interface Progress {
    void advance(long tokens);

    Progress NONE = tokens -> {};
  }
}
