package paperkg.nlp;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a paper introduces (PROPOSES): the title prefix "Name: …" when the name is name-like; names
 * after a proposing verb ("we introduce MedAgent, …", "we propose Kimi-VL and MoonViT", "we present
 * Progressive Flow Distillation"); "X, a novel …"; and acronyms the paper defines with a Title Case
 * long form that the corpus dictionary does not know ("Return Batch Normalization (ReBN)"), unless
 * the sentence credits earlier work ("Piatti et al., who introduced GovSim").
 */
final class Proposals {
  private static final Set<String> PROPOSE_VERBS =
      Set.of(
          "propose",
          "introduce",
          "present",
          "develop",
          "release",
          "build",
          "construct",
          "curate",
          "design",
          "create",
          "contribute",
          "call",
          "name",
          "dub",
          "term",
          "coin",
          "establish",
          "open-source");
  static final Set<String> NAMING_VERBS = Set.of("call", "name", "dub", "term", "coin");
  private static final Set<String> STOPS =
      Set.of(".", ";", "that", "which", "to", "where", "whereby", "while");

  /** Words that credit a name to earlier work in the same sentence. */
  private static final Set<String> PRIOR_WORK =
      Set.of(
          "et",
          "al.",
          "previous",
          "previously",
          "prior",
          "existing",
          "recent",
          "recently",
          "popular",
          "widely",
          "standard",
          "conventional",
          "original",
          "such",
          "like",
          "e.g.",
          "including",
          "baseline",
          "baselines");

  /**
   * Nouns after a name that make it the host of the paper's work: "vLLM implementations", "KDA
   * kernel".
   */
  private static final Set<String> INTEGRATIONS =
      Set.of(
          "implementation",
          "implementations",
          "integration",
          "integrations",
          "kernel",
          "kernels",
          "backend",
          "plugin",
          "support");

  /**
   * Words that credit what follows a proposing verb to earlier work: "Piatti et al., who introduced
   * GovSim".
   */
  private static final Set<String> CITATION = Set.of("et", "al.", "previously", "prior");

  /** A capitalized word in fewer documents than this may start a title name ("Panacea: …"). */
  static final double RARE_TITLE_WORD = 0.002;

  private final MethodNames names;

  Proposals(MethodNames names) {
    this.names = names;
  }

  void find(PaperContext ctx, FoundMethods found) {
    List<Sentence> sentences = ctx.annotated().sentences();
    if (!sentences.isEmpty() && sentences.get(0).index() == Annotator.TITLE) {
      titlePrefix(sentences.get(0), sentences, found);
    }
    for (Sentence s : sentences) {
      if (s.index() != Annotator.TITLE) {
        afterVerbs(s, ctx.definitions(), found);
      }
    }
    // Title Case names anywhere in the abstract, even unseen in the corpus, were tried and left
    // out: on the 150
    // dev papers they added 10 right proposals and 24 wrong ones (baselines, task names,
    // organisations)
    definedAcronyms(ctx, found);
  }

  /** "SIRI: Scaling Iterative …", "MedAgentBench: A Realistic …". */
  private void titlePrefix(Sentence title, List<Sentence> sentences, FoundMethods found) {
    List<Token> t = title.tokens();
    int colon = -1;
    for (int i = 0; i < t.size() && i <= 4; i++) {
      if (t.get(i).word().equals(":")) {
        colon = i;
        break;
      }
    }
    if (colon < 1 || colon > 3) {
      return;
    }
    List<Token> name = t.subList(0, colon);
    boolean nameLike = false;
    for (Token x : name) {
      // "any4: Learned 4-bit …": a lower-case name with digits counts too
      nameLike |=
          names.isNewName(x.word())
              || (name.size() == 1 && x.word().matches("[a-z]+\\d[a-z0-9.]*"));
    }
    // "Orca 2: Teaching …": a capitalized word with a version number
    nameLike |=
        name.size() == 2
            && Text.isCapitalized(name.get(0).word())
            && name.get(1).word().matches("\\d+(?:\\.\\d+)*");
    // "Panacea: A foundation model …", "Knapsack RL: …": a rare capitalized word (corpus share
    // below
    // RARE_TITLE_WORD) leading capitalized words; common ones ("Health Text Simplification:") are a
    // topic
    boolean capitalized = true;
    for (Token x : name) {
      capitalized &= Text.isCapitalized(x.word());
    }
    nameLike |=
        capitalized
            && names.stats().share(Text.key(name.get(0).word())) < RARE_TITLE_WORD
            && !names.families().startsName(name.get(0).word());
    // "NVIDIA-labs OO Agents: …" names its maker first; that is an organisation, not a proposal
    String first = name.get(0).word();
    if (!nameLike
        || OrgNames.isKnown(first.contains("-") ? first.substring(0, first.indexOf('-')) : first)) {
      return;
    }
    String text = MethodNames.join(name);
    // kind: what the abstract calls it, else the head of the subtitle
    String kind = null;
    for (Sentence s : sentences) {
      if (s.index() != Annotator.TITLE && s.text().contains(text)) {
        kind = MethodKinds.near(s.tokens(), indexOf(s.tokens(), name.get(name.size() - 1).word()));
        if (kind != null) {
          break;
        }
      }
    }
    if (kind == null) {
      kind = MethodKinds.after(t, colon + 1, 8);
    }
    found.propose(text, kind, title.text());
  }

  private void afterVerbs(Sentence s, Map<String, Acronyms.Definition> defs, FoundMethods found) {
    List<Token> t = s.tokens();
    for (int i = 0; i < t.size(); i++) {
      String lemma = lower(t.get(i).lemma());
      // active verbs only: "we propose X", not "the law proposed in the OpenAI paper" or "Built on
      // OSWorld"
      String pos = t.get(i).pos();
      boolean verb =
          PROPOSE_VERBS.contains(lemma)
              && (Set.of("VB", "VBP", "VBZ", "VBD").contains(pos)
                  || (pos.equals("VBN") && NAMING_VERBS.contains(lemma)));
      // "our TurboSparse-Mixtral-47B", "Our method, GemFilter", "the resulting model Orca-3"
      boolean our = lemma.equals("our") || lower(t.get(i).word()).equals("resulting");
      if (!verb && !our) {
        appositive(t, i, s, found);
        continue;
      }
      if (credits(t, CITATION)) {
        continue;
      }
      int limit = Math.min(t.size(), i + (our ? 6 : 12));
      for (int j = i + 1; j < limit; j++) {
        String w = t.get(j).word();
        if (our && !ownModifier(t.get(j))) {
          break;
        }
        if (STOPS.contains(lower(w))
            || t.get(j).pos().equals("IN")
            || (t.get(j).pos().startsWith("VB")
                && j > i + 1
                && !w.contains("-")
                && !NAMING_VERBS.contains(lower(t.get(j).lemma())))) {
          break;
        }
        if (Candidates.isParenthesised(t, j) && Text.isAcronymLike(w)) {
          Acronyms.Definition d = defs.get(Text.singularAcronym(w));
          if (d != null && d.sentence() == s && names.stats().longForm(w) == null) {
            found.propose(definedName(d), MethodKinds.near(t, j + 1), s.text());
            break;
          }
        }
        int end = -1;
        if (names.isNewName(w)
            && !names.isConceptAcronym(w, defs)
            && !Candidates.isParenthesised(t, j)) {
          end = MethodNames.end(t, j);
        } else if (j > 0) {
          // "we present Progressive Flow Distillation": a Title Case name
          int te = MethodNames.titleCaseEnd(t, j);
          end = te > j + 1 ? te : -1;
        }
        // "we open-source the KDA kernel and vLLM implementations": a tool the release is for
        if (end > j && end < t.size() && INTEGRATIONS.contains(lower(t.get(end).word()))) {
          j = end;
          continue;
        }
        if (end > j) {
          // "Return Batch Normalization (ReBN)": one name, the acronym the paper goes on to use
          String name = MethodNames.join(t.subList(j, end));
          if (end + 2 < t.size()
              && t.get(end).word().equals("(")
              && Text.isAcronymLike(t.get(end + 1).word())
              && Candidates.isClose(t.get(end + 2).word())) {
            name = name + " (" + t.get(end + 1).word() + ")";
            end += 3;
          }
          found.propose(name, MethodKinds.near(t, end - 1), s.text());
          // a list of names: "Kimi-VL and MoonViT", "SenseVoice, CosyVoice"
          if (end < t.size()
              && (t.get(end).word().equals(",") || t.get(end).word().equals("and"))) {
            j = end;
            limit = Math.min(t.size(), j + 6);
            continue;
          }
          break;
        }
      }
    }
  }

  /**
   * "Its native-resolution vision encoder, MoonViT": the paper's own kind noun, a comma, the name.
   */
  private static boolean ownKindBefore(List<Token> t, int i) {
    if (i < 3
        || !t.get(i - 1).word().equals(",")
        || MethodKinds.ofWord(t.get(i - 2).word()) == null) {
      return false;
    }
    for (int k = i - 3; k >= Math.max(0, i - 7); k--) {
      String w = lower(t.get(k).word());
      if (w.equals("its") || w.equals("our")) {
        return true;
      }
      if (!ownModifier(t.get(k))) {
        return false;
      }
    }
    return false;
  }

  /**
   * Between "our" and the name: adjectives, participles, nouns, one comma ("our newly introduced",
   * "Our method ,").
   */
  private static boolean ownModifier(Token x) {
    String pos = x.pos();
    return pos.startsWith("JJ")
        || pos.equals("VBN")
        || pos.equals("RB")
        || pos.startsWith("NN")
        || x.word().equals(",")
        || pos.equals("CD");
  }

  /**
   * "X, a novel …", "X, the first …", and "X, a [two-tier] architecture / rigorous benchmark": a
   * new name in apposition to a kind noun within four words.
   */
  private void appositive(List<Token> t, int i, Sentence s, FoundMethods found) {
    if (ownKindBefore(t, i) && names.isNewName(t.get(i).word())) {
      int end = MethodNames.end(t, i);
      found.propose(
          MethodNames.join(t.subList(i, end)), MethodKinds.ofWord(t.get(i - 2).word()), s.text());
      return;
    }
    if (!names.isNewName(t.get(i).word())
        || i + 3 >= t.size()
        || !t.get(i + 1).word().equals(",")
        || !Set.of("a", "an").contains(lower(t.get(i + 2).word()))) {
      return;
    }
    boolean novel = Set.of("novel", "new", "first").contains(lower(t.get(i + 3).word()));
    String kind = null;
    for (int k = i + 3; k < Math.min(t.size(), i + 7) && kind == null; k++) {
      if (t.get(k).pos().startsWith("NN")) {
        kind = MethodKinds.ofWord(t.get(k).word());
      }
    }
    if (novel || kind != null) {
      int end = MethodNames.end(t, i);
      found.propose(
          MethodNames.join(t.subList(MethodNames.start(t, i), end)),
          kind != null ? kind : MethodKinds.near(t, end - 1),
          s.text());
    }
  }

  /**
   * An acronym the paper defines with a Title Case long form, unknown to the corpus dictionary: a
   * name it coins ("Grouped Cross-Entropy (GCE)"), unless the sentence credits earlier work.
   */
  private void definedAcronyms(PaperContext ctx, FoundMethods found) {
    for (Acronyms.Definition d : ctx.definitions().values()) {
      String acronym = d.acronym();
      if (d.sentence().index() == Annotator.TITLE
          || names.stats().longForm(acronym) != null
          || names.families().startsName(acronym)
          || !MethodNames.isNamedLongForm(d.longFormWords())
          || d.longFormWords().size() < 2
          || credits(d.sentence().tokens(), PRIOR_WORK)) {
        continue;
      }
      List<Token> t = d.sentence().tokens();
      if (firstPerson(t)) {
        found.propose(definedName(d), MethodKinds.near(t, d.paren() + 1), d.sentence().text());
      }
    }
  }

  /** "Prompt-Level Distillation (PLD)": the gold guide's form, which stands for both names. */
  private static String definedName(Acronyms.Definition d) {
    return MethodNames.join(d.longForm())
        + " ("
        + d.sentence().tokens().get(d.paren() + 1).word()
        + ")";
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

  private static boolean credits(List<Token> t, Set<String> words) {
    for (Token x : t) {
      if (words.contains(lower(x.word()))) {
        return true;
      }
    }
    return false;
  }

  private static int indexOf(List<Token> t, String word) {
    for (int i = 0; i < t.size(); i++) {
      if (t.get(i).word().equals(word)) {
        return i;
      }
    }
    return -1;
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(java.util.Locale.ROOT);
  }
}
