package paperkg.spark;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import paperkg.ExitCodes;
import paperkg.PaperkgException;
import paperkg.pipeline.Models;
import paperkg.rdf.ImportRun;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code paperkg spark}: the import's read → annotate → RDF on Apache Spark. Output: N-Triples
 * shards plus the run's own triples under {@code --output} (load them with {@code paperkg import
 * DIR}), and with {@code --neo4j-uri} also written straight into Neo4j through the Neo4j Connector
 * for Apache Spark. The main class of the module's jar, for {@code spark-submit} and {@code
 * ./paperkg spark}.
 */
@Command(
    name = "paperkg spark",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "Annotate papers on Apache Spark: N-Triples shards under --output (load with 'paperkg import DIR'),"
            + " optionally written into Neo4j with the Neo4j Connector for Apache Spark.")
public final class SparkJob implements Callable<Integer> {
  @Parameters(
      paramLabel = "INPUT",
      arity = "1..*",
      description =
          "Files or directories Spark can read (local, hdfs://, s3a:// ...), in any paperkg format.")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = "--output",
      required = true,
      paramLabel = "DIR",
      description = "Where the shards go (must be" + " empty or new).")
  String output;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description =
          "Spark master, e.g. local[2] or spark://host:7077"
              + " (default: spark-submit's, else local[*]).")
  String master;

  @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "A Spark setting (repeatable).")
  Map<String, String> conf = new LinkedHashMap<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Force the input format (as in import).")
  String format;

  @Option(
      names = "--year",
      paramLabel = "YYYY",
      description = "Year of year-less hf-text dates (default: this year).")
  Integer year;

  @Option(
      names = "--strict",
      description =
          "Stop at the first bad record (default: warn with file:line, skip it," + " count it).")
  boolean strict;

  @Option(
      names = "--split-size",
      paramLabel = "BYTES",
      description =
          "Bytes of JSON Lines per task (default:"
              + " the inputs spread over 8 tasks per core, 64 KiB to 64 MiB each).")
  Long splitSize;

  @Option(names = "--overwrite", description = "Delete --output first if it exists.")
  boolean overwrite;

  @Option(
      names = "--neo4j-uri",
      paramLabel = "URI",
      description =
          "Also write the graph into this Neo4j"
              + " (bolt://, neo4j://) with the Neo4j Connector for Apache Spark; password from NEO4J_PASSWORD.")
  String neo4jUri;

  @Option(
      names = "--user",
      defaultValue = "neo4j",
      description = "Neo4j user (default: ${DEFAULT-VALUE}).")
  String user;

  @Option(
      names = "--database",
      paramLabel = "NAME",
      description = "Neo4j database (default: the server's).")
  String database;

  @Option(
      names = "--batch-size",
      defaultValue = "20000",
      paramLabel = "ROWS",
      description = "Rows per connector transaction (default: ${DEFAULT-VALUE}).")
  int batchSize;

  @Option(
      names = {"-q", "--quiet"},
      description = "Only the summary.")
  boolean quiet;

  @Option(names = "--verbose", description = "Stack traces on failure, Spark's INFO log.")
  boolean verbose;

  @Spec CommandSpec spec;

  public static void main(String[] args) {
    System.exit(
        run(
            args,
            new PrintWriter(System.out, true, StandardCharsets.UTF_8),
            new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /** Runs the job; returns the exit code (the CLI's: 0 ok, 1 job failed, 2 bad input, 3 store). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cmd = new CommandLine(new SparkJob());
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setExecutionExceptionHandler(
        (ex, c, parsed) -> {
          boolean verbose = parsed.hasMatchedOption("--verbose");
          PaperkgException p = paperkgCause(ex);
          String message =
              p != null
                  ? p.getMessage()
                  : ex.getClass().getSimpleName()
                      + ": "
                      + firstLine(ex.getMessage())
                      + (verbose ? "" : " (run with --verbose for details)");
          err.println("paperkg: " + message);
          if (verbose) {
            ex.printStackTrace(err);
          }
          err.flush();
          return p != null ? p.exitCode() : ExitCodes.JOB_FAILED;
        });
    return cmd.execute(args);
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long start = System.nanoTime();
    SparkConf sparkConf = sparkConf();
    // A local master runs the tasks in this JVM: CoreNLP's models (~5 s idle, ~10 s at load 10,
    // one thread) then load beside the session's start and the plan instead of in the first task.
    Models models = isLocal(sparkConf) ? Models.loadInBackground() : null;
    // The annotation needs only the core context; Spark SQL (a SparkSession) only when the
    // connector writes to Neo4j.
    JavaSparkContext jsc = new JavaSparkContext(sparkConf);
    try {
      if (verbose) {
        Configurator.setLevel("org.apache.spark", Level.INFO);
      }
      double sessionSeconds = seconds(start);
      Configuration hadoop = jsc.hadoopConfiguration();
      List<InputFile> files = HadoopInputs.resolve(inputs, format, hadoop);
      ImportRun run =
          ImportRun.start(HadoopInputs.description(inputs), HadoopInputs.sha256(files, hadoop));
      String dir = OutputDir.prepare(output, overwrite, hadoop);
      HadoopConf conf = HadoopConf.of(hadoop);
      long t0 = System.nanoTime();
      List<Slice> slices = SlicePlan.plan(jsc, files, splitSize, conf);
      double planSeconds = seconds(t0);
      JobSettings settings =
          new JobSettings(
              dir, year != null ? year : Year.now().getValue(), strict, RunStamp.of(run), conf);
      long t1 = System.nanoTime();
      List<ShardReport> reports =
          jsc.parallelize(slices, slices.size()).map(new ShardTask(settings)).collect();
      double annotateSeconds = seconds(t1);
      JobTotals totals = JobTotals.of(files, reports, strict ? null : err);
      ImportRun finished = run.finish((int) totals.papers());
      OutputDir.writeRun(dir, run, finished, hadoop);
      out.printf(
          "annotated %d papers from %s on Spark (%s, %d tasks): %d triples in %d shards and %s under %s%n",
          totals.papers(),
          run.source(),
          jsc.master(),
          slices.size(),
          totals.triples(),
          totals.shards(),
          OutputDir.RUN_FILE,
          output);
      if (totals.badRecords() > 0) {
        out.printf(
            "skipped %d bad records (see the warnings; --strict stops at the first)%n",
            totals.badRecords());
      }
      double loadSeconds = 0;
      if (neo4jUri != null) {
        long t2 = System.nanoTime();
        Neo4jLoad.Counts counts =
            new Neo4jLoad(
                    // on this context (builder().getOrCreate() would warn "Using an existing
                    // SparkContext"); sparkContext(sc) is Scala-private[spark], public in bytecode
                    SparkSession.builder().sparkContext(jsc.sc()).getOrCreate(),
                    neo4jUri,
                    user,
                    database,
                    batchSize)
                .load(dir);
        loadSeconds = seconds(t2);
        out.printf(
            "wrote %d nodes and %d relationships to %s (Neo4j Connector for Apache Spark)%n",
            counts.nodes(), counts.relationships(), neo4jUri);
      } else if (!quiet) {
        out.printf("load it with: paperkg import %s%n", output);
      }
      out.printf(
          "time: session %.1f s, plan %.1f s,%s annotate %.1f s (%.1f papers/s; %.0f task-seconds)%s,"
              + " total %.1f s%n",
          sessionSeconds,
          planSeconds,
          models == null || Double.isNaN(models.secondsIfLoaded())
              ? ""
              : String.format(" models %.1f s (beside them),", models.secondsIfLoaded()),
          annotateSeconds,
          totals.papers() / annotateSeconds,
          totals.taskSeconds(),
          neo4jUri == null ? "" : String.format(", Neo4j %.1f s", loadSeconds),
          seconds(start));
      out.printf(
          "stages (task-seconds): CoreNLP and extraction %.1f s, RDF and shards %.1f s, reading and files %.1f s%n",
          totals.nlpSeconds(),
          totals.rdfSeconds(),
          totals.taskSeconds() - totals.nlpSeconds() - totals.rdfSeconds());
      out.flush();
      return ExitCodes.OK;
    } finally {
      jsc.stop();
    }
  }

  private SparkConf sparkConf() {
    SparkConf sc = new SparkConf().setAppName("paperkg");
    if (master != null) {
      sc.setMaster(master);
    } else if (!sc.contains("spark.master")) {
      sc.setMaster("local[*]");
    }
    if (isLocal(sc)) {
      // a local run needs no web UI (one port less to bind, ~1 s less to start)
      sc.setIfMissing("spark.ui.enabled", "false");
    }
    // Rows carry java.time values (LocalDate, Instant) for the connector's date and datetime
    // properties
    sc.setIfMissing("spark.sql.datetime.java8API.enabled", "true");
    conf.forEach(sc::set);
    return sc;
  }

  private static boolean isLocal(SparkConf sc) {
    return sc.get("spark.master").startsWith("local");
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  /**
   * A failure in a task reaches the driver wrapped (SparkException); the core's one-line message is
   * inside.
   */
  static PaperkgException paperkgCause(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof PaperkgException p) {
        return p;
      }
    }
    return null;
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }
}
