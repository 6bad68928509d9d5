package paperkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import paperkg.ExitCodes;
import paperkg.eval.CorpusGold;
import paperkg.eval.CorpusScoring;
import paperkg.eval.CorpusSection;
import paperkg.eval.ExtractedGraph;
import paperkg.eval.GoldDoc;
import paperkg.eval.GoldFiles;
import paperkg.eval.PaperGraph;
import paperkg.eval.Prf;
import paperkg.eval.Scoring;
import paperkg.eval.StoreGraph;
import paperkg.neo4j.CypherRunner;
import paperkg.neo4j.GraphStore;
import paperkg.nlp.Extraction;
import paperkg.nlp.ParallelExtractor;
import paperkg.nlp.SharedPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Extraction quality on the keyphrase (Inspec) and entity (SciERC) benchmarks; needs no database.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description =
        "Score extraction against gold data: keyphrases (Inspec JSONL), entities (SciERC JSONL), "
            + "affiliations (GROBID JSONL), or a graph against corpus gold (corpus).")
final class EvalCommand implements Callable<Integer> {
  enum Format {
    table,
    json
  }

  /** What every subcommand takes: the gold file and how to print the scores. */
  static final class GoldFile {
    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        defaultValue = "table",
        description = "table | json (default: ${DEFAULT-VALUE}).")
    Format format;
  }

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return ExitCodes.USAGE;
  }

  @Command(
      name = "keyphrases",
      mixinStandardHelpOptions = true,
      description =
          "P/R/F1 at 5 and 10 of the ranked keyphrases against all gold keyphrases (Porter-stemmed "
              + "exact match, macro-averaged over documents). FILE: JSONL with id, title, abstract, keyphrases.")
  int keyphrases(@Mixin GoldFile gold, @Mixin WorkOptions work) {
    List<GoldDoc> docs = GoldFiles.inspec(gold.file);
    Scoring.KeyphraseReport r = Scoring.keyphrases(docs, extract(docs, work));
    List<List<Object>> rows = new ArrayList<>();
    r.at()
        .forEach(
            (k, prf) ->
                rows.add(List.of("@" + k, f(prf.precision()), f(prf.recall()), f(prf.f1()))));
    return report(
        gold,
        r.toJson(),
        String.format(
            "%d documents, %d gold keyphrases; Porter-stemmed exact match, macro-averaged",
            r.documents(), r.gold()),
        new ResultTable(List.of("cut", "precision", "recall", "f1"), rows));
  }

  @Command(
      name = "entities",
      mixinStandardHelpOptions = true,
      description =
          "Recall of gold Method and Task phrases among everything extracted (keyphrases, topics, "
              + "methods), precision against gold phrases of all types (Porter-stemmed exact match, pooled). "
              + "FILE: JSONL with id, text, entities[{text, type}].")
  int entities(@Mixin GoldFile gold, @Mixin WorkOptions work) {
    List<GoldDoc> docs = GoldFiles.scierc(gold.file);
    Scoring.EntityReport r = Scoring.entities(docs, extract(docs, work));
    Prf core = r.core();
    List<List<Object>> rows = new ArrayList<>();
    rows.add(List.of("recall Method+Task", f(core.recall())));
    rows.add(List.of("precision (any gold type)", f(core.precision())));
    rows.add(List.of("f1", f(core.f1())));
    r.recallByType().forEach((type, v) -> rows.add(List.of("recall " + type, f(v))));
    return report(
        gold,
        r.toJson(),
        String.format(
            "%d documents, %d phrases extracted, %d gold Method+Task phrases, %d gold phrases of all"
                + " types; Porter-stemmed exact match, pooled",
            r.documents(), r.predicted(), r.goldCore(), r.goldAll()),
        new ResultTable(List.of("measure", "value"), rows));
  }

  @Command(
      name = "affiliations",
      mixinStandardHelpOptions = true,
      description =
          "Organisation names extracted from affiliation strings against gold institution names "
              + "(exact match after case/space folding, pooled). FILE: JSONL with id, affiliation_text, institutions.")
  int affiliations(@Mixin GoldFile gold) {
    List<GoldDoc> docs = GoldFiles.affiliations(gold.file);
    Prf r = Scoring.affiliations(docs);
    Map<String, Object> json = new java.util.LinkedHashMap<>();
    json.put("documents", docs.size());
    json.putAll(r.toJson());
    return report(
        gold,
        json,
        String.format(
            "%d affiliations; organisation names, exact match after case/space folding",
            docs.size()),
        new ResultTable(
            List.of("precision", "recall", "f1"),
            List.of(List.of(f(r.precision()), f(r.recall()), f(r.f1())))));
  }

  @Command(
      name = "corpus",
      mixinStandardHelpOptions = true,
      description =
          "Score a graph against corpus gold (FILE: JSONL as corpus-dev.jsonl: id, topics[{topic, alt, "
              + "level}], orgs, proposed, used). Topic recall overall / broad / specific: a gold topic or one of its "
              + "alternatives, Porter-stemmed, equals a topic of the paper or of a BROADER ancestor up to 3 hops. "
              + "Organisations (MENTIONS), proposed and used names: precision/recall pooled over papers, names folded "
              + "(case, punctuation), 'Full Name (ACR)' standing for both, a leading part matching "
              + "('IBM Quantum' ~ 'IBM'), each gold entry matched once (a second node is wrong), hosting platforms counted neither way. "
              + "Scores the store (--db / --uri), or with --papers the extraction of those gold papers from files.")
  int corpus(
      @Mixin GoldFile gold,
      @Mixin StoreOptions store,
      @Mixin WorkOptions work,
      @Mixin TopicOptions topics,
      @Option(
              names = "--papers",
              paramLabel = "FILE",
              arity = "1..*",
              description =
                  "Extract the gold papers from these inputs (any import format) instead of reading a store.")
          List<String> papers) {
    List<CorpusGold> docs = GoldFiles.corpus(gold.file);
    List<CorpusSection> sections =
        papers == null || papers.isEmpty()
            ? scoreStore(docs, store)
            : CorpusScoring.sections(docs, extractedGraph(docs, papers, work, topics));
    Map<String, Object> json = new java.util.LinkedHashMap<>();
    json.put("papers", docs.size());
    List<List<Object>> rows = new ArrayList<>();
    for (CorpusSection s : sections) {
      json.put(s.name(), s.toJson());
      s.rows()
          .forEach(
              r -> {
                List<Object> row = new ArrayList<>();
                row.add(s.name());
                row.addAll(r);
                rows.add(row);
              });
    }
    String source =
        papers == null || papers.isEmpty() ? store.describe() : String.join(", ", papers);
    return report(
        gold,
        json,
        String.format("%d gold papers scored against %s", docs.size(), source),
        new ResultTable(List.of("section", "measure", "count", "value"), rows));
  }

  private static List<CorpusSection> scoreStore(List<CorpusGold> docs, StoreOptions store) {
    try (GraphStore graph = store.openForReading()) {
      CypherRunner cypher = new CypherRunner(graph);
      return CorpusScoring.sections(
          docs, new StoreGraph(cypher, docs.stream().map(CorpusGold::id).toList()));
    }
  }

  /** The gold papers found in {@code inputs}, extracted on all threads. */
  private static PaperGraph extractedGraph(
      List<CorpusGold> docs, List<String> inputs, WorkOptions work, TopicOptions topics) {
    java.util.Set<String> ids = new java.util.HashSet<>();
    docs.forEach(d -> ids.add(d.id()));
    List<Extraction> out = java.util.Collections.synchronizedList(new ArrayList<>());
    Inputs in = Inputs.resolve(inputs, null);
    var extractor =
        new ParallelExtractor(SharedPipeline.annotator(), topics.extractor(), work.threads());
    extractor.run(
        sink ->
            in.readPapers(
                paperkg.source.ReaderSettings.defaults(),
                p -> {
                  if (ids.contains(p.id())) {
                    sink.accept(p);
                  }
                }),
        out::add);
    return new ExtractedGraph(out);
  }

  /**
   * Prints one report: as a JSON object (with the file), or a header line naming the file and a
   * table.
   */
  private int report(GoldFile gold, Map<String, Object> json, String header, ResultTable table) {
    PrintWriter out = spec.commandLine().getOut();
    if (gold.format == Format.json) {
      out.println(ResultTable.json(withFile(gold.file, json)));
    } else {
      out.println(gold.file + ": " + header);
      table.print(ResultTable.Format.table, out);
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** Annotates and extracts every document on all threads; extractions by paper id. */
  private static Map<String, Extraction> extract(List<GoldDoc> docs, WorkOptions work) {
    Map<String, Extraction> out = new ConcurrentHashMap<>();
    var extractor =
        new ParallelExtractor(
            SharedPipeline.annotator(), SharedPipeline.extractor(), work.threads());
    extractor.run(
        sink -> docs.forEach(d -> sink.accept(d.paper())), e -> out.put(e.paper().id(), e));
    return out;
  }

  private static Map<String, Object> withFile(Path file, Map<String, Object> report) {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("file", file.toString());
    m.putAll(report);
    return m;
  }

  private static String f(double v) {
    return String.format(java.util.Locale.ROOT, "%.3f", v);
  }
}
