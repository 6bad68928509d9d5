package paperkg.nlp;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Keyphrases, topics, methods and organisations of one annotated paper. Loads the corpus statistics
 * (document frequencies, acronym dictionary, model families) once at construction; immutable
 * afterwards, so one instance serves all threads. Costs well under a millisecond per paper next to
 * CoreNLP's hundreds.
 */
public final class Extractor {
  private final Concepts concepts;
  private final TopicSelector topics;
  private final Methods methods;
  private final Organisations organisations;

  Extractor(CorpusStats stats) {
    this(stats, KeyphraseModel.load(), TopicVocabulary.load());
  }

  Extractor(CorpusStats stats, KeyphraseModel model, TopicVocabulary vocabulary) {
    ModelFamilies families = ModelFamilies.load();
    this.concepts = new Concepts(stats, model);
    this.topics = new TopicSelector(vocabulary, vocabulary.isUser() ? null : TopicFields.load());
    this.methods = new Methods(stats, families);
    this.organisations = new Organisations(stats, families);
  }

  /** An extractor with the corpus statistics and topic vocabulary shipped in the jar. */
  public static Extractor create() {
    return new Extractor(CorpusStats.load());
  }

  /**
   * An extractor whose topics come from a user's vocabulary (a SKOS scheme) instead of the shipped
   * one.
   */
  public static Extractor create(TopicVocabulary vocabulary) {
    return new Extractor(CorpusStats.load(), KeyphraseModel.load(), vocabulary);
  }

  public Extraction extract(Annotated a) {
    Objects.requireNonNull(a, "annotated");
    // the order each finder needs: acronyms, then methods, organisations (not method names), topics
    // (neither)
    PaperContext ctx = PaperContext.of(a);
    List<MethodMention> m = methods.find(ctx);
    Set<String> methodNames = lowerCaseNames(m);
    List<OrgMention> o = organisations.find(ctx, methodNames);
    Set<String> names = new HashSet<>(methodNames);
    o.forEach(x -> names.add(x.name().toLowerCase(Locale.ROOT)));
    List<Concept> all = concepts.of(a, ctx.definitions(), names);
    return new Extraction(
        a.paper(),
        a.tokenCount(),
        KeyphraseRanker.rank(
            all, ctx.definitions().values(), a.sentences(), concepts.genericWords()),
        topics.select(a, all),
        m,
        o);
  }

  /**
   * The paper's concepts with their ranking features (for training the keyphrase ranker, building
   * vocabularies).
   */
  List<Concept> concepts(Annotated a) {
    PaperContext ctx = PaperContext.of(a);
    return concepts.of(a, ctx.definitions(), lowerCaseNames(methods.find(ctx)));
  }

  private static Set<String> lowerCaseNames(List<MethodMention> methods) {
    Set<String> names = new HashSet<>();
    for (MethodMention mm : methods) {
      names.add(mm.name().toLowerCase(Locale.ROOT));
    }
    return names;
  }
}
