package paperkg.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Triple;
import paperkg.Stage;
import paperkg.neo4j.GraphWriter;
import paperkg.nlp.Extraction;
import paperkg.nlp.ParallelExtractor;
import paperkg.rdf.Facts;
import paperkg.rdf.ImportRun;
import paperkg.rdf.OntologyMapping;
import paperkg.rdf.RdfMapper;
import paperkg.source.Paper;

/**
 * One import, as a pipeline of bounded stages: the reader (caller's thread) → annotate + extract on
 * all cores with the one shared CoreNLP pipeline → RDF per paper, gathered into batches of {@code
 * papersPerTransaction} papers (one sink thread) → Neo4j writes on their own thread (a {@link
 * Stage}, one transaction per batch, in order: the import run's "finished" mark lands last). Every
 * queue is bounded, so memory does not grow with the input. What was committed stays committed if a
 * later paper fails.
 */
final class ImportJob {
  /** One transaction's facts, and the stored papers among them whose old relationships go first. */
  private record WriteBatch(Facts facts, List<String> replaced) {}

  private final ParallelExtractor extractor;
  private final RdfMapper mapper;
  private final OntologyMapping mapping;
  private final GraphWriter writer;
  private final Consumer<List<Triple>> tee;
  private final int papersPerTransaction;
  private final String version;
  private final boolean force;
  private long papers;
  private long skipped;
  private long tokens;
  private long triples;
  private double rdfSeconds;
  private List<Triple> pending = new ArrayList<>();
  private List<String> pendingReplaced = new ArrayList<>();
  private int pendingPapers;

  /**
   * @param version the extractor's version, part of every paper's fingerprint
   * @param force annotate every paper, whatever the store holds
   */
  ImportJob(
      ParallelExtractor extractor,
      OntologyMapping mapping,
      GraphWriter writer,
      Consumer<List<Triple>> tee,
      int papersPerTransaction,
      String version,
      boolean force) {
    this.extractor = extractor;
    this.mapping = mapping;
    this.mapper = new RdfMapper(mapping);
    this.writer = writer;
    this.tee = tee;
    this.papersPerTransaction = papersPerTransaction;
    this.version = version;
    this.force = force;
  }

  /** Imports what {@code input} pushes into the consumer it is given. */
  ImportReport run(Consumer<Consumer<Paper>> input, ImportRun run, Progress progress) {
    long start = System.nanoTime();
    Object progressLock =
        new Object(); // skipped papers advance it on the reader thread, the others on the sink
    Progress shared =
        tokens -> {
          synchronized (progressLock) {
            progress.advance(tokens);
          }
        };
    ChangedPapers changed =
        new ChangedPapers(
            writer::storedFingerprints,
            version,
            force,
            p -> {
              skipped++;
              shared.advance(0);
            });
    double loadSeconds;
    try (Stage<WriteBatch> neo4j =
        Stage.start(
            "paperkg-neo4j",
            ImportPipeline.WRITE_QUEUE,
            b -> writer.write(b.facts(), b.replaced()))) {
      writer.markUnfinished(run.id());
      add(mapper.runFacts(run).triples());
      flush(neo4j);
      extractor.run(
          annotate -> {
            try {
              input.accept(changed.before(annotate));
            } finally {
              changed.flush(annotate);
            }
          },
          extraction -> accept(extraction, run, changed, neo4j, shared));
      flush(neo4j);
      add(mapper.runFacts(run.finish((int) (papers + skipped))).triples());
      flush(neo4j);
      neo4j.finish();
      loadSeconds = neo4j.busySeconds();
    }
    var changes =
        new ImportReport.Changes(
            changed.count(ChangedPapers.Verdict.UNCHANGED),
            changed.count(ChangedPapers.Verdict.NEW),
            changed.count(ChangedPapers.Verdict.INPUT_CHANGED),
            changed.count(ChangedPapers.Verdict.EXTRACTOR_CHANGED),
            changed.count(ChangedPapers.Verdict.FORCED),
            changed.earlierVersions(),
            version);
    return new ImportReport(
        papers + skipped,
        tokens,
        triples,
        seconds(start),
        extractor.annotateSeconds(),
        extractor.extractSeconds(),
        rdfSeconds,
        loadSeconds,
        changes);
  }

  /**
   * On the sink thread: one paper's RDF into the current batch; a full batch goes to the Neo4j
   * thread.
   */
  private void accept(
      Extraction extraction,
      ImportRun run,
      ChangedPapers changed,
      Stage<WriteBatch> neo4j,
      Progress progress) {
    long t0 = System.nanoTime();
    Paper paper = extraction.paper();
    List<Triple> paperTriples = new ArrayList<>(mapper.toFacts(extraction, run).triples());
    // in the same transaction as the paper's facts: a fingerprint in the store means all of them
    // are there
    paperTriples.add(Fingerprint.triple(mapping, paper, version));
    rdfSeconds += seconds(t0);
    papers++;
    tokens += extraction.tokens();
    if (changed.takeReplaced(paper.id())) {
      pendingReplaced.add(paper.id());
    }
    add(paperTriples);
    if (++pendingPapers >= papersPerTransaction) {
      flush(neo4j);
    }
    progress.advance(extraction.tokens());
  }

  private void add(List<Triple> more) {
    pending.addAll(more);
    triples += more.size();
    tee.accept(more);
  }

  /** Hands the batch over (a fresh list, so the writer thread owns the old one alone). */
  private void flush(Stage<WriteBatch> neo4j) {
    if (!pending.isEmpty()) {
      neo4j.put(new WriteBatch(new Facts(pending), pendingReplaced));
      pending = new ArrayList<>();
      pendingReplaced = new ArrayList<>();
    }
    pendingPapers = 0;
  }

  static double seconds(long sinceNanos) {
    return (System.nanoTime() - sinceNanos) / 1e9;
  }
}
