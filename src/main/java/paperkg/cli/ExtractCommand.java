package paperkg.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import paperkg.ReadAhead;
import paperkg.nlp.Extraction;
import paperkg.nlp.ParallelExtractor;
import paperkg.pipeline.Models;
import paperkg.source.Author;
import paperkg.source.Paper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description =
        "Read and annotate papers without a database: one JSON object per paper on stdout (JSONL).")
final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin InputOptions input;
  @Mixin WorkOptions work;
  @Mixin TopicOptions topicOptions;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Inputs inputs = input.resolve();
    Models models = Models.loadInBackground(topicOptions::extractor);
    // read once, ahead: bad input in a small run fails before the models are waited for
    try (ReadAhead<Paper> papers = inputs.readAhead(input.settings(), new ReadCount(0))) {
      var extractor =
          new ParallelExtractor(
              () -> models.get().annotator(), () -> models.get().extractor(), work.threads());
      extractor.run(papers::drainTo, e -> out.println(ResultTable.json(toJson(e))));
    }
    out.flush();
    if (input.badRecords().count() > 0) {
      spec.commandLine()
          .getErr()
          .printf("paperkg: skipped %d bad records%n", input.badRecords().count());
    }
    return 0;
  }

  /** The JSON shape fixed by DESIGN.md (extract). */
  static Map<String, Object> toJson(Extraction e) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("id", e.paper().id());
    o.put("title", e.paper().title());
    o.put(
        "keyphrases",
        e.keyphrases().stream()
            .map(k -> Map.of("text", k.text(), "score", round(k.score())))
            .toList());
    o.put("topics", e.topics().stream().map(t -> t.name()).toList());
    o.put(
        "methods",
        e.methods().stream()
            .map(m -> entry(m.name(), m.relation().name(), m.evidence(), "kind", m.kind()))
            .toList());
    List<Map<String, Object>> orgs = new ArrayList<>();
    e.organisations()
        .forEach(
            org -> orgs.add(entry(org.name(), org.relation().name(), org.evidence(), null, null)));
    e.affiliations()
        .forEach(
            a ->
                orgs.add(
                    entry(
                        a.name(),
                        "affiliated",
                        a.author() + ": " + (a.evidence() != null ? a.evidence() : a.name()),
                        a.ror() != null ? "ror" : null,
                        a.ror())));
    o.put("organisations", orgs);
    o.put("authors", e.paper().authors().stream().map(Author::name).toList());
    return o;
  }

  private static Map<String, Object> entry(
      String name, String relation, String evidence, String extraKey, Object extra) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("relation", relation.toLowerCase(Locale.ROOT));
    if (extraKey != null) {
      m.put(extraKey, extra);
    }
    m.put("evidence", evidence);
    return m;
  }

  private static double round(double score) {
    return Math.round(score * 10000) / 10000.0;
  }
}
