package paperkg.nlp;

import static paperkg.nlp.ProposalWords.credits;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a paper introduces (PROPOSES): the title prefix "Name: …" when the name is name-like ({@link
 * TitleNames}); names after a proposing verb ("we introduce MedAgent, …", "we propose Kimi-VL and
 * MoonViT", "we present Progressive Flow Distillation": {@link VerbNames}, {@link PassiveNames});
 * "X, a novel …" ({@link Appositives}); acronyms the paper defines with a Title Case long form that
 * the corpus dictionary does not know ("Return Batch Normalization (ReBN)": {@link
 * CoinedAcronyms}); the heads of enumerated and colon lists ({@link ListNames}); and names derived
 * from those ({@link DerivedNames}) — unless the sentence credits earlier work ("Piatti et al., who
 * introduced GovSim"). The cues run in a fixed order because a name proposed first keeps its kind
 * and evidence, and later cues ask what is already proposed.
 */
final class Proposals {
  /**
   * Words that credit what follows a proposing verb to earlier work: "Piatti et al., who introduced
   * GovSim".
   */
  private static final Set<String> CITATION = Set.of("et", "al.", "previously", "prior");

  private final TitleNames titles;
  private final VerbNames verbs;
  private final PassiveNames passives;
  private final Appositives appositives;
  private final CoinedAcronyms acronyms;
  private final ListNames lists;
  private final DerivedNames derived;

  Proposals(MethodNames names) {
    this.titles = new TitleNames(names);
    this.acronyms = new CoinedAcronyms(names);
    this.verbs = new VerbNames(names, acronyms);
    this.passives = new PassiveNames(names);
    this.appositives = new Appositives(names);
    this.lists = new ListNames(names, acronyms);
    this.derived = new DerivedNames(names);
  }

  void find(PaperContext ctx, FoundMethods found) {
    List<Sentence> sentences = ctx.annotated().sentences();
    if (!sentences.isEmpty() && sentences.get(0).index() == Annotator.TITLE) {
      titles.find(sentences.get(0), sentences, found);
    }
    for (Sentence s : sentences) {
      if (s.index() != Annotator.TITLE) {
        afterVerbs(s, ctx.definitions(), found);
      }
    }
    // Title Case names anywhere in the abstract, even unseen in the corpus, were tried and left
    // out: on the 150 dev papers they added 10 right proposals and 24 wrong ones (baselines, task
    // names, organisations)
    acronyms.find(ctx, found);
    for (Sentence s : sentences) {
      lists.enumeratedHeads(s, ctx.definitions(), found);
      lists.colonList(s, found);
    }
    derived.find(sentences, found);
  }

  /** The verb, passive and appositive cues, token by token, in one sentence of the abstract. */
  private void afterVerbs(Sentence s, Map<String, Acronyms.Definition> defs, FoundMethods found) {
    List<Token> t = s.tokens();
    // a sentence that credits earlier work proposes nothing; checked once per sentence, not per
    // token: the scan was a fifth of the extraction's CPU (JFR)
    if (credits(t, CITATION)) {
      return;
    }
    for (int i = 0; i < t.size(); i++) {
      if (verbs.opens(t, i, found)) {
        verbs.after(t, i, s, defs, found);
      } else {
        passives.at(t, i, s, defs, found);
        appositives.at(t, i, s, found);
      }
    }
  }
}
