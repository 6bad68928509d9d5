package paperkg.nlp;

import static paperkg.nlp.ProposalWords.PRIOR_WORK;
import static paperkg.nlp.ProposalWords.credits;
import static paperkg.nlp.ProposalWords.lower;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Acronyms a paper coins ({@link Proposals}): a definition with a Title Case long form unknown to
 * the corpus dictionary, and the test the verb and list cues use when a definition follows them.
 */
final class CoinedAcronyms {
  /** Words before a long form that make it something applied, not coined. */
  private static final Set<String> APPLYING =
      Set.of("use", "using", "with", "within", "in", "apply", "utilize");

  /** Heads of long forms that name events, not artefacts: exams, olympiads, conferences. */
  private static final Set<String> EVENT_HEADS =
      Set.of("examination", "exam", "olympiad", "conference", "workshop", "competition");

  private final MethodNames names;

  CoinedAcronyms(MethodNames names) {
    this.names = names;
  }

  /**
   * An acronym the paper defines with a Title Case long form, unknown to the corpus dictionary: a
   * name it coins ("Grouped Cross-Entropy (GCE)"), unless the sentence credits earlier work.
   */
  void find(PaperContext ctx, FoundMethods found) {
    for (Acronyms.Definition d : ctx.definitions().values()) {
      String acronym = d.acronym();
      if (d.sentence().index() == Annotator.TITLE
          || names.stats().longForm(acronym) != null
          || names.families().startsName(acronym)
          || !MethodNames.isNamedLongForm(d.longFormWords())
          || d.longFormWords().size() < 2
          || credits(d.sentence().tokens(), PRIOR_WORK)
          || isEventOrPart(d, found)
          || isApplied(d)) {
        continue;
      }
      List<Token> t = d.sentence().tokens();
      if (firstPerson(t)) {
        found.propose(definedName(d), MethodKinds.near(t, d.paren() + 1), d.sentence().text());
      }
    }
  }

  /**
   * A definition after a proposing verb names the paper's own thing: a Title Case long form right
   * after the verb even when the corpus dictionary knows the acronym (the dictionary is built from
   * the corpus, this paper included: "Kimi Delta Attention (KDA)"); otherwise only a long form the
   * dictionary does not have ("Mixture-of-Thought (MoT)" ≠ "mixture-of-transformers"). Never an
   * exam ("Joint Entrance Examination (JEE)") or a part of the paper's own name ("QKAN" of
   * "QKAN-FWP").
   */
  boolean isCoinedHere(Acronyms.Definition d, boolean nearVerb, FoundMethods found) {
    List<String> words = d.longFormWords();
    if (isEventOrPart(d, found)) {
      return false;
    }
    boolean named = MethodNames.isNamedLongForm(words);
    if (named && nearVerb) {
      return true;
    }
    String known = names.stats().longForm(d.acronym());
    return (named || nearVerb) && (known == null || !sameLongForm(known, d.longFormText()));
  }

  /** The definition whose long form starts at token {@code j} of {@code s}, or null. */
  static Acronyms.Definition definitionAt(
      Map<String, Acronyms.Definition> defs, Sentence s, int j) {
    for (Acronyms.Definition d : defs.values()) {
      if (d.sentence() == s && d.start() == j) {
        return d;
      }
    }
    return null;
  }

  /** "Prompt-Level Distillation (PLD)": the gold guide's form, which stands for both names. */
  static String definedName(Acronyms.Definition d) {
    return MethodNames.join(d.longForm())
        + " ("
        + d.sentence().tokens().get(d.paren() + 1).word()
        + ")";
  }

  private static boolean isEventOrPart(Acronyms.Definition d, FoundMethods found) {
    List<String> words = d.longFormWords();
    return EVENT_HEADS.contains(lower(words.get(words.size() - 1)))
        || found.isPartOfProposed(d.acronym());
  }

  /**
   * "using Few Shot Learning (FSL)", "within the Model-Agnostic Meta-Learning (MAML) framework",
   * "combines SFT with Reinforced Policy Optimization (RPO)": a definition the paper applies.
   */
  private static boolean isApplied(Acronyms.Definition d) {
    List<Token> t = d.sentence().tokens();
    int k = d.start() - 1;
    while (k >= 0 && t.get(k).pos().equals("DT")) {
      k--;
    }
    return k >= 0 && APPLYING.contains(lower(t.get(k).lemma()));
  }

  private static boolean sameLongForm(String a, String b) {
    return fold(a).equals(fold(b));
  }

  private static String fold(String s) {
    return lower(s).replaceAll("[^a-z0-9]+", "").replaceAll("s$", "");
  }

  /** The sentence speaks for the authors: "we", "our", "this paper/work". */
  private static boolean firstPerson(List<Token> t) {
    for (int i = 0; i < t.size(); i++) {
      String w = lower(t.get(i).word());
      if (w.equals("we")
          || w.equals("our")
          || (w.equals("this")
              && i + 1 < t.size()
              && Set.of("paper", "work").contains(lower(t.get(i + 1).word())))) {
        return true;
      }
    }
    return false;
  }
}
