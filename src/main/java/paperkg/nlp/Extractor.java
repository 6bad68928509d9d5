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
    this.topics = new Topics(stats, model);
    this.methods = new Methods(stats);
    this.organisations = new Organisations(stats, methods);
  }

  /** An extractor with the corpus statistics shipped in the jar. */
  public static Extractor create() {
    return new Extractor(CorpusStats.load());
  }

  public Extraction extract(Annotated a) {
    Objects.requireNonNull(a, "annotated");
    Map<String, Acronyms.Definition> defs = Acronyms.definitions(a.sentences());
    List<MethodMention> m = methods.find(a, defs);
    Set<String> methodNames = lowerCaseNames(m);
    Topics.Result ranked = topics.rank(a, defs, methodNames);
    List<OrgMention> o = organisations.find(a, defs, methodNames);
    return new Extraction(a.paper(), a.tokenCount(), ranked.keyphrases(), ranked.topics(), m, o);
  }

  /** The paper's topic concepts with their ranking features (for training the keyphrase ranker). */
  List<Topics.Concept> concepts(Annotated a) {
    Map<String, Acronyms.Definition> defs = Acronyms.definitions(a.sentences());
    return topics.concepts(a, defs, lowerCaseNames(methods.find(a, defs)));
  }

  private static Set<String> lowerCaseNames(List<MethodMention> methods) {
    Set<String> names = new HashSet<>();
    for (MethodMention mm : methods) {
      names.add(mm.name().toLowerCase(Locale.ROOT));
    }
    return names;
  }
}
