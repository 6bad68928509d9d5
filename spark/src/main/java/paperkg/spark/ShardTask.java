package paperkg.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function;
import paperkg.nlp.Extraction;
import paperkg.nlp.SharedPipeline;
import paperkg.pipeline.ExtractorVersion;
import paperkg.pipeline.Fingerprint;
import paperkg.rdf.ImportRun;
import paperkg.rdf.OntologyMapping;
import paperkg.rdf.RdfMapper;
import paperkg.source.BadRecords;
import paperkg.source.JsonlReader;
import paperkg.source.Paper;
import paperkg.source.PaperSources;
import paperkg.source.ReaderSettings;

/**
 * One task: reads a {@link Slice} with the core's readers, annotates and extracts each paper with
 * the JVM's one CoreNLP pipeline ({@link SharedPipeline}: loaded once per executor JVM, shared by
 * its task threads) and maps it to triples with the core's {@link RdfMapper}, the very calls {@code
 * paperkg import} makes. The triples go to {@code shard-NNNNN.nt}, written under a hidden name and
 * renamed when complete, so a retried or failed task never leaves half a shard where {@code paperkg
 * import DIR} looks.
 */
final class ShardTask implements Function<Slice, ShardReport> {
  private static final long serialVersionUID = 1L;

  private final JobSettings settings;

  ShardTask(JobSettings settings) {
    this.settings = settings;
  }

  @Override
  public ShardReport call(Slice slice) throws IOException {
    long t0 = System.nanoTime();
    Configuration conf = settings.hadoop().toConfiguration();
    Path out = new Path(settings.output(), shardName(slice.index()));
    FileSystem fs = out.getFileSystem(conf);
    TaskContext task = TaskContext.get();
    long attempt = task == null ? 0 : task.taskAttemptId();
    Path tmp = new Path(settings.output(), "." + shardName(slice.index()) + "." + attempt);
    TaskErrors errors = new TaskErrors();
    BadRecords records = settings.strict() ? BadRecords.strict() : BadRecords.forwarding(errors);
    Counts counts = new Counts();
    ImportRun run = settings.run().toRun();
    OntologyMapping mapping = OntologyMapping.standard();
    RdfMapper mapper = new RdfMapper(mapping);
    String version = ExtractorVersion.current();
    try (OutputStream os = fs.create(tmp, true)) {
      StreamRDF ntriples = StreamRDFWriter.getWriterStream(os, RDFFormat.NTRIPLES);
      ntriples.start();
      read(
          slice,
          conf,
          records,
          paper -> {
            long n0 = System.nanoTime();
            Extraction e =
                SharedPipeline.extractor().extract(SharedPipeline.annotator().annotate(paper));
            long n1 = System.nanoTime();
            List<Triple> triples = new ArrayList<>(mapper.toFacts(e, run).triples());
            triples.add(Fingerprint.triple(mapping, paper, version));
            triples.forEach(ntriples::triple);
            counts.nlpNanos += n1 - n0;
            counts.rdfNanos += System.nanoTime() - n1;
            counts.papers++;
            counts.tokens += e.tokens();
            counts.triples += triples.size();
          });
      ntriples.finish();
    }
    if (counts.triples == 0) {
      fs.delete(tmp, false);
    } else {
      fs.delete(out, false);
      if (!fs.rename(tmp, out)) {
        throw new IOException("cannot rename " + tmp + " to " + out);
      }
    }
    return new ShardReport(
        slice.index(),
        slice.input(),
        counts.papers,
        counts.tokens,
        counts.triples,
        errors.errors,
        errors.errorCount,
        errors.warnings,
        (System.nanoTime() - t0) / 1e9,
        counts.nlpNanos / 1e9,
        counts.rdfNanos / 1e9);
  }

  static String shardName(int index) {
    return String.format("shard-%05d.nt", index);
  }

  private void read(
      Slice slice, Configuration conf, BadRecords records, java.util.function.Consumer<Paper> sink)
      throws IOException {
    InputFile file = slice.file();
    Path path = new Path(file.uri());
    FSDataInputStream in = path.getFileSystem(conf).open(path);
    if (file.splittable()) {
      try (SliceLines lines = SliceLines.open(in, slice)) {
        JsonlReader.readLines(lines, file.name(), lines.linesBefore(), records, sink);
      }
    } else {
      ReaderSettings readerSettings = new ReaderSettings(settings.year(), records);
      PaperSources.read(in, file.name(), PaperSources.format(file.format()), readerSettings, sink);
    }
  }

  private static final class Counts {
    long papers;
    long tokens;
    long triples;
    long nlpNanos;
    long rdfNanos;
  }
}
