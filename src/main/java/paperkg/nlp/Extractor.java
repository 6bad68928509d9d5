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
  private final Concepts concepts;
  private final TopicSelector topics;
  private final Methods methods;
  private final Organisations organisations;

  Extractor(CorpusStats stats) {
    this(stats, KeyphraseModel.load(), TopicVocabulary.load());
  }

  Extractor(CorpusStats stats, KeyphraseModel model, TopicVocabulary vocabulary) {
    this.concepts = new Concepts(stats, model);
    this.topics = new TopicSelector(vocabulary, vocabulary.isUser() ? null : TopicFields.load());
    this.methods = new Methods(stats);
    this.organisations = new Organisations(stats, methods);
  }

  /** An extractor with the corpus statistics and topic vocabulary shipped in the jar. */
  public static Extractor create() {
    return new Extractor(CorpusStats.load());
  }

  /** An extractor whose topics come from a user's vocabulary (a SKOS scheme) instead of the shipped one. */
  public static Extractor create(TopicVocabulary vocabulary) {
    return new Extractor(CorpusStats.load(), KeyphraseModel.load(), vocabulary);
  }

  public Extraction extract(Annotated a) {
    Objects.requireNonNull(a, "annotated");
    Map<String, Acronyms.Definition> defs = Acronyms.definitions(a.sentences());
    List<MethodMention> m = methods.find(a, defs);
    Set<String> methodNames = lowerCaseNames(m);
    List<Concept> all = concepts.of(a, defs, methodNames);
    List<OrgMention> o = organisations.find(a, defs, methodNames);
    return new Extraction(a.paper(), a.tokenCount(), KeyphraseRanker.rank(all), topics.select(a, all), m, o);
  }

  /** The paper's concepts with their ranking features (for training the keyphrase ranker, building vocabularies). */
  List<Concept> concepts(Annotated a) {
    Map<String, Acronyms.Definition> defs = Acronyms.definitions(a.sentences());
    return concepts.of(a, defs, lowerCaseNames(methods.find(a, defs)));
  }

  private static Set<String> lowerCaseNames(List<MethodMention> methods) {
    Set<String> names = new HashSet<>();
    for (MethodMention mm : methods) {
      names.add(mm.name().toLowerCase(Locale.ROOT));
    }
    return names;
  }
}
