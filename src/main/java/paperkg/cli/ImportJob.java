package paperkg.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Triple;
import paperkg.neo4j.BackgroundWriter;
import paperkg.neo4j.GraphWriter;
import paperkg.nlp.Extraction;
import paperkg.nlp.ParallelExtractor;
import paperkg.rdf.Facts;
import paperkg.rdf.ImportRun;
import paperkg.rdf.RdfMapper;
import paperkg.source.Paper;
import paperkg.source.ReaderSettings;

/**
 * One import, as a pipeline of bounded stages: the reader (caller's thread) → annotate + extract on all cores
 * with the one shared CoreNLP pipeline → RDF per paper, gathered into batches of {@code papersPerTransaction}
 * papers (one sink thread) → Neo4j writes on their own thread ({@link BackgroundWriter}). Every queue is
 * bounded, so memory does not grow with the input. What was committed stays committed if a later paper fails.
 */
final class ImportJob {
  /** Batches waiting for the Neo4j thread: one being built, one queued, one being written. */
  static final int WRITE_QUEUE = 2;

  /** Seconds spent per stage and what was done, for the summary and the benchmark. */
  static final class Report {
    long papers;
    long tokens;
    long triples;
    /** Wall time of the whole pipeline, first paper read to last commit. */
    double seconds;
    /** CoreNLP and extraction: thread-seconds summed over the annotation threads. */
    double annotateSeconds;
    double extractSeconds;
    /** RDF emission on the sink thread; Neo4j writes on their thread (busy time). */
    double rdfSeconds;
    double loadSeconds;
  }

  private final ParallelExtractor extractor;
  private final RdfMapper mapper;
  private final GraphWriter writer;
  private final RdfOut rdfOut;
  private final int papersPerTransaction;
  private final Report report = new Report();
  private List<Triple> pending = new ArrayList<>();
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
    return run(sink -> inputs.readPapers(settings, sink), run, progress);
  }

  /** Imports what {@code papers} pushes into the consumer it is given. */
  Report run(Consumer<Consumer<Paper>> papers, ImportRun run, Progress progress) {
    long start = System.nanoTime();
    try (BackgroundWriter neo4j = new BackgroundWriter(writer, WRITE_QUEUE)) {
      writer.markUnfinished(run.id());
      add(mapper.runFacts(run).triples());
      flush(neo4j);
      extractor.run(papers, extraction -> accept(extraction, run, neo4j, progress));
      flush(neo4j);
      add(mapper.runFacts(run.finish((int) report.papers)).triples());
      flush(neo4j);
      neo4j.finish();
      report.loadSeconds = neo4j.busySeconds();
    }
    report.seconds = Timing.since(start);
    report.annotateSeconds = extractor.annotateSeconds();
    report.extractSeconds = extractor.extractSeconds();
    return report;
  }

  /** Loads RDF that is already under the ontology (no annotation), in one transaction. */
  void loadRdf(Facts facts) {
    add(facts.triples());
    long t0 = System.nanoTime();
    writer.write(new Facts(pending));
    report.loadSeconds += Timing.since(t0);
    pending = new ArrayList<>();
  }

  /** On the sink thread: one paper's RDF into the current batch; a full batch goes to the Neo4j thread. */
  private void accept(Extraction extraction, ImportRun run, BackgroundWriter neo4j, Progress progress) {
    long t0 = System.nanoTime();
    List<Triple> triples = mapper.toFacts(extraction, run).triples();
    report.rdfSeconds += Timing.since(t0);
    report.papers++;
    report.tokens += extraction.tokens();
    add(triples);
    if (++pendingPapers >= papersPerTransaction) {
      flush(neo4j);
    }
    progress.advance(extraction.tokens());
  }

  private void add(List<Triple> triples) {
    pending.addAll(triples);
    report.triples += triples.size();
    if (rdfOut != null) {
      rdfOut.write(triples);
    }
  }

  /** Hands the batch over (a fresh list, so the writer thread owns the old one alone). */
  private void flush(BackgroundWriter neo4j) {
    if (!pending.isEmpty()) {
      neo4j.submit(new Facts(pending));
      pending = new ArrayList<>();
    }
    pendingPapers = 0;
  }

  /** Progress callback: one paper done with this many tokens. */
  interface Progress {
    void advance(long tokens);

    Progress NONE = tokens -> {};
  }
}
