package paperkg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperkg.nlp.SharedPipeline;
import paperkg.pipeline.ExtractorVersion;
import paperkg.pipeline.Fingerprint;
import paperkg.rdf.ImportRun;
import paperkg.rdf.OntologyMapping;
import paperkg.rdf.RdfMapper;
import paperkg.source.BadRecords;
import paperkg.source.PaperSources;
import paperkg.source.ReaderSettings;

/**
 * The job in Spark local mode on real corpus lines: the same triples as the core's import path
 * (read the whole file, annotate, map to RDF) and the same bad-record warnings, with JSON Lines cut
 * into many tasks.
 */
class SparkJobIT {
  private static final Path CORPUS = Path.of("src/test/resources/data/corpus-24.jsonl");
  private static final Path HF_JSON =
      Path.of("src/test/resources/data/daily_papers_2025-06-16.json");

  @TempDir Path dir;

  @Test
  void sameTriplesAndWarningsAsTheCoreImport() throws Exception {
    Path jsonl = badCorpus();
    Path out = dir.resolve("out");
    List<String> inputs = List.of(jsonl.toString(), HF_JSON.toString());
    // 2 KiB slices: ~30 tasks, most starting in the middle of a line
    Result spark =
        run(
            "--master",
            "local[2]",
            "--output",
            out.toString(),
            "--split-size",
            "2048",
            inputs.get(0),
            inputs.get(1));
    assertEquals(0, spark.exit, spark.err);

    StringWriter warnings = new StringWriter();
    List<String> expected =
        coreTriples(inputs, BadRecords.lenient(new PrintWriter(warnings, true)));
    List<String> actual = new ArrayList<>();
    try (Stream<Path> files = Files.list(out)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".nt")).toList()) {
        actual.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
      }
    }
    assertEquals(expected.size(), withoutTimes(actual).size());
    assertEquals(expected, withoutTimes(actual));
    assertTrue(
        actual.stream().anyMatch(t -> t.contains("\"" + jsonl + ":26\"")), "global line numbers");

    List<String> expectedWarnings = warnings.toString().lines().toList();
    assertEquals(3, expectedWarnings.size(), warnings.toString());
    assertEquals(
        expectedWarnings,
        spark.err.lines().filter(l -> l.startsWith("paperkg: warning:")).toList());
    assertTrue(spark.out.contains("skipped 3 bad records"), spark.out);
    // 22 good lines of 25 (the blank one is not a record) and the 9 entries of the hf-json file
    assertTrue(spark.out.contains("annotated 31 papers from 2 inputs"), spark.out);
  }

  @Test
  void strictStopsAtTheFirstBadRecordWithItsLine() throws Exception {
    Path jsonl = badCorpus();
    Path out = dir.resolve("strict");
    Result spark =
        run(
            "--master",
            "local[1]",
            "--output",
            out.toString(),
            "--split-size",
            "4096",
            "--strict",
            jsonl.toString());
    assertEquals(2, spark.exit, spark.err);
    assertEquals(
        "paperkg: " + jsonl + ":4: not UTF-8 (byte 0xff)",
        spark.err.lines().reduce((a, b) -> b).orElse(""));
    assertFalse(Files.exists(out.resolve(OutputDir.RUN_FILE)), "no run triples for a failed job");
  }

  /**
   * The corpus lines with bad ones among them: CRLF endings, a blank line, broken UTF-8 (line 4), a
   * raw CR inside a record (line 5: one bad JSON record for paperkg; Spark's text source would make
   * it two lines), a line that is not JSON (line 6).
   */
  private Path badCorpus() throws IOException {
    List<String> lines = Files.readAllLines(CORPUS, StandardCharsets.UTF_8);
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(
        (lines.get(0) + "\r\n" + lines.get(1) + "\r\n\n").getBytes(StandardCharsets.UTF_8));
    byte[] broken = (lines.get(2) + "\n").getBytes(StandardCharsets.UTF_8);
    broken[40] = (byte) 0xff;
    b.writeBytes(broken);
    String withCr = lines.get(3);
    int mid = withCr.indexOf("\"abstract\"") + 40;
    String crInside = withCr.substring(0, mid) + "\r" + withCr.substring(mid);
    b.writeBytes((crInside + "\nnot json\n").getBytes(StandardCharsets.UTF_8));
    for (String line : lines.subList(4, lines.size())) {
      b.writeBytes((line + "\n").getBytes(StandardCharsets.UTF_8));
    }
    Path file = dir.resolve("corpus-bad.jsonl");
    Files.write(file, b.toByteArray());
    return file;
  }

  /**
   * What {@code paperkg import --rdf-out} emits for the inputs, through the core's own read path.
   */
  private static List<String> coreTriples(List<String> inputs, BadRecords bad) throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    for (String input : inputs) {
      sha.update(Files.readAllBytes(Path.of(input)));
    }
    ImportRun run =
        ImportRun.start(inputs.size() + " inputs", HexFormat.of().formatHex(sha.digest()));
    OntologyMapping mapping = OntologyMapping.standard();
    RdfMapper mapper = new RdfMapper(mapping);
    String version = ExtractorVersion.current();
    List<Triple> triples = new ArrayList<>(mapper.runFacts(run).triples());
    int[] papers = {0};
    ReaderSettings settings = new ReaderSettings(java.time.Year.now().getValue(), bad);
    for (PaperSources.Input input : PaperSources.resolve(inputs, null)) {
      PaperSources.read(
          input,
          settings,
          paper -> {
            var extraction =
                SharedPipeline.extractor().extract(SharedPipeline.annotator().annotate(paper));
            triples.addAll(mapper.toFacts(extraction, run).triples());
            // import writes each paper's fingerprint with its facts (pipeline.ImportJob)
            triples.add(Fingerprint.triple(mapping, paper, version));
            papers[0]++;
          });
    }
    triples.addAll(mapper.runFacts(run.finish(papers[0])).triples());
    ByteArrayOutputStream nt = new ByteArrayOutputStream();
    StreamRDF writer = StreamRDFWriter.getWriterStream(nt, RDFFormat.NTRIPLES);
    writer.start();
    triples.forEach(writer::triple);
    writer.finish();
    return withoutTimes(nt.toString(StandardCharsets.UTF_8).lines().toList());
  }

  /** Sorted, without the run's start and finish times (the two runs start at different times). */
  private static List<String> withoutTimes(List<String> ntriples) {
    return ntriples.stream()
        .filter(t -> !t.contains("prov#startedAtTime") && !t.contains("prov#endedAtTime"))
        .sorted()
        .toList();
  }

  private record Result(int exit, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = SparkJob.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(exit, out.toString(), err.toString());
  }
}
