package paperkg.nlp;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Map;
import java.util.Objects;

/**
 * Keyphrases, topics, methods and organisations of one annotated paper. Loads the corpus statistics
 * (document frequencies, acronym dictionary, model families) once at construction; immutable afterwards, so
 * one instance serves all threads. Costs well under a millisecond per paper next to CoreNLP's hundreds.
 */
public final class Extractor {
  private final Topics topics;
  private final Methods methods;
  private final Organisations organisations;

  Extractor(CorpusStats stats) {
    this(stats, KeyphraseModel.load());
  }

  Extractor(CorpusStats stats, KeyphraseModel model) {
    ModelFamilies families = ModelFamilies.load();
    this.topics = new Topics(stats, model);
    this.methods = new Methods(stats, families);
    this.organisations = new Organisations(stats, families);
  }

  /** An extractor with the corpus statistics shipped in the jar. */
  public static Extractor create() {
    return new Extractor(CorpusStats.load());
  }

  public Extraction extract(Annotated a) {
    Objects.requireNonNull(a, "annotated");
    // the order each finder needs: acronyms, then methods, organisations (not method names), topics (neither)
    PaperContext ctx = PaperContext.of(a);
    List<MethodMention> m = methods.find(ctx);
    Set<String> methodNames = lowerCaseNames(m);
    List<OrgMention> o = organisations.find(ctx, methodNames);
    Set<String> names = new HashSet<>(methodNames);
    o.forEach(x -> names.add(x.name().toLowerCase(Locale.ROOT)));
    Topics.Result ranked = topics.rank(a, ctx.definitions(), names);
    return new Extraction(a.paper(), a.tokenCount(), ranked.keyphrases(), ranked.topics(), m, o);
  }

  /** The paper's topic concepts with their ranking features (for training the keyphrase ranker). */
  List<Topics.Concept> concepts(Annotated a) {
    PaperContext ctx = PaperContext.of(a);
    return topics.concepts(a, ctx.definitions(), lowerCaseNames(methods.find(ctx)));
  }

  private static Set<String> lowerCaseNames(List<MethodMention> methods) {
    Set<String> names = new HashSet<>();
    for (MethodMention mm : methods) {
      names.add(mm.name().toLowerCase(Locale.ROOT));
    }
    return names;
  }
}
