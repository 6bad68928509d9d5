package paperkg.nlp;

import java.util.List;

/**
 * Named methods, models, datasets, benchmarks, metrics and tools of one paper: what it introduces
 * ({@link Proposals}) first, then what it uses ({@link Uses}); a proposed name is never also used.
 * Kinds come from {@link MethodKinds}, name shapes from {@link MethodNames}.
 */
final class Methods {
  private final Proposals proposals;
  private final Uses uses;

  Methods(CorpusStats stats, ModelFamilies families) {
    MethodNames names = new MethodNames(stats, families);
    this.proposals = new Proposals(names);
    this.uses = new Uses(names);
  }

  List<MethodMention> find(PaperContext ctx) {
    FoundMethods found = new FoundMethods();
    proposals.find(ctx, found);
    uses.find(ctx, found);
    return found.all();
  }
}
