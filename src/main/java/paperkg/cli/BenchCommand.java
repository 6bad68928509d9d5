package paperkg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import paperkg.PaperkgException;
import paperkg.bench.Bench;
import paperkg.bench.BenchResult;
import paperkg.bench.Scaling;
import paperkg.bench.ScalingChart;
import paperkg.source.Paper;
import paperkg.source.ReaderSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Time the stages of an import on the same N papers in one run, and overhead_ratio = import / bare CoreNLP.",
      "The stages: bare CoreNLP, extraction, RDF, Neo4j load, and the full import into a fresh temporary store."
    })
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin WorkOptions work;

  // Not the InputOptions mixin: the issue fixes --format as the output format here.
  @Parameters(
      paramLabel = "FILE",
      arity = "1..*",
      description = "Listings to read (any input format import reads).")
  List<String> files = new ArrayList<>();

  @Option(
      names = "--input-format",
      paramLabel = "FORMAT",
      description = "Force the input format (default: by extension, then by content).")
  String inputFormat;

  @Option(
      names = "--year",
      paramLabel = "YYYY",
      description = "Year of year-less dates in hf-text listings.")
  Integer year;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "1000",
      description = "Papers to use, from the start of the input (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table | json | csv (default: ${DEFAULT-VALUE}).")
  ResultTable.Format format;

  @Option(
      names = "--bare",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "Time the bare CoreNLP pass too (default); --no-bare times the import alone.")
  boolean bare;

  @Option(
      names = "--load",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description =
          "Time the Neo4j load alone from the import's rows, into a second fresh store (default; keeps "
              + "the import's RDF in memory); --no-load skips it.")
  boolean load;

  @Option(
      names = "--scaling",
      paramLabel = "N,N,...",
      split = ",",
      description = {
        "Import-only runs of these sizes, each in its own JVM (peak RSS per size); with --chart, drawn there.",
        "Sizes already in PATH.jsonl (the chart's data) are taken from there: delete it to measure anew."
      })
  List<Integer> scaling = new ArrayList<>();

  @Option(
      names = "--chart",
      paramLabel = "PATH",
      description =
          "Where --scaling draws its picture and keeps its data: PATH.png, PATH.svg, PATH.jsonl "
              + "(default: none; the repository's is docs/scaling).")
  Path chart;

  @Override
  public Integer call() {
    if (limit < 1 || scaling.stream().anyMatch(n -> n < 1)) {
      throw PaperkgException.usage("--limit must be at least 1");
    }
    if (!scaling.isEmpty()) {
      return scaling();
    }
    List<Paper> papers = read();
    BenchResult result = Bench.run(papers, work.threads(), new Bench.Passes(bare, load));
    print(result.toJson());
    return 0;
  }

  private int scaling() {
    var err = spec.commandLine().getErr();
    String title = "paperkg import, " + work.threads() + " threads";
    Path data = chart == null ? null : Path.of(chart + ".jsonl");
    List<BenchResult> runs =
        Scaling.run(
            childCommand(),
            scaling,
            work.threads(),
            data,
            sofar -> {
              BenchResult last = sofar.get(sofar.size() - 1);
              String drawn =
                  chart == null
                      ? ""
                      : "; chart " + ScalingChart.write(sofar, title, chart) + " (.svg too)";
              err.printf(
                  "paperkg: %d papers done: %s%s%n",
                  last.papers(), ResultTable.json(last.toJson()), drawn);
              err.flush();
            });
    List<String> columns = List.copyOf(runs.get(0).toJson().keySet());
    List<List<Object>> rows = new ArrayList<>();
    runs.forEach(r -> rows.add(new ArrayList<>(r.toJson().values())));
    new ResultTable(columns, rows).print(format, spec.commandLine().getOut());
    return 0;
  }

  /** A child JVM's {@code bench} on the same inputs: this JVM's heap limit and classpath. */
  private List<String> childCommand() {
    List<String> args = new ArrayList<>();
    args.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    args.add("-Xmx" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + "m");
    args.addAll(
        List.of("-cp", System.getProperty("java.class.path"), Paperkg.class.getName(), "bench"));
    args.addAll(files);
    if (inputFormat != null) {
      args.addAll(List.of("--input-format", inputFormat));
    }
    if (year != null) {
      args.addAll(List.of("--year", "" + year));
    }
    return args;
  }

  /**
   * The first --limit papers of the inputs, held in memory so every pass sees the very same papers.
   */
  private List<Paper> read() {
    List<Paper> papers = new ArrayList<>();
    ReaderSettings settings = year == null ? ReaderSettings.defaults() : new ReaderSettings(year);
    Inputs.resolve(files, inputFormat)
        .readPapers(
            settings,
            p -> {
              if (papers.size() < limit) {
                papers.add(p);
              }
            });
    if (papers.isEmpty()) {
      throw PaperkgException.usage("no papers in " + String.join(", ", files));
    }
    return papers;
  }

  private void print(Map<String, Object> figures) {
    var out = spec.commandLine().getOut();
    if (format == ResultTable.Format.json) {
      out.println(ResultTable.json(figures));
      out.flush();
      return;
    }
    List<List<Object>> rows = new ArrayList<>();
    figures.forEach((k, v) -> rows.add(List.of(k, v)));
    new ResultTable(List.of("figure", "value"), rows).print(format, out);
  }
}
