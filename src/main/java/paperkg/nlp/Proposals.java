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

  /**
   * Verbs whose object is new when the paper's own work is the subject: "TrustGeoGen produces
   * GeoTrust-200K", "we apply FlashVDM to Hunyuan3D-2 to obtain Hunyuan3D-2 Turbo".
   */
  private static final Set<String> RESULT_VERBS = Set.of("produce", "obtain", "yield");

  /** Before {@code verb}: "we", "our", "this approach/method …", or a name the paper proposes. */
  private static boolean ownSubject(List<Token> t, int verb, FoundMethods found) {
    for (int k = 0; k < verb; k++) {
      String w = lower(t.get(k).word());
      if (w.equals("we")
          || w.equals("our")
          || (w.equals("this") && k + 1 < verb && MethodKinds.ofWord(t.get(k + 1).word()) != null)
          || (Text.hasLetter(t.get(k).word())
              && Character.isUpperCase(t.get(k).word().charAt(0))
              && found.isProposed(t.get(k).word()))) {
        return true;
      }
    }
    return false;
  }

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
    for (Sentence s : sentences) {
      enumeratedHeads(s, ctx.definitions(), found);
      colonList(s, found);
    }
    derivedNames(sentences, found);
  }

  /** "SIRI: Scaling Iterative …", "MedAgentBench: A Realistic …". */
  private void titlePrefix(Sentence title, List<Sentence> sentences, FoundMethods found) {
    List<Token> t = title.tokens();
    // "Introducing L2M3, A Multilingual Medical Large Language Model …"
    if (t.size() > 1 && t.get(0).word().equals("Introducing") && names.isNewName(t.get(1).word())) {
      found.propose(t.get(1).word(), MethodKinds.after(t, 3, 8), title.text());
    }
    int colon = -1;
    for (int i = 0; i < t.size() && i <= 4; i++) {
      if (t.get(i).word().equals(":")) {
        colon = i;
        break;
      }
    }
    theNameKind(t, colon, found, title);
    int from = colon > 1 && t.get(0).word().equals("The") ? 1 : 0;
    int to = colon;
    // "The FineWeb Datasets: …" is FineWeb
    if (to - from > 1 && MethodKinds.ofWord(t.get(to - 1).word()) != null) {
      to--;
    }
    if (colon < 1 || to - from > 3 || to <= from) {
      return;
    }
    List<Token> name = t.subList(from, to);
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
            && name.get(1).word().matches("[a-zA-Z]?\\d+(?:\\.\\d+)*");
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

  /**
   * "…: The Minitron Approach": the subtitle names the paper's own approach, a rare capitalised
   * word before a kind noun.
   */
  private void theNameKind(List<Token> t, int colon, FoundMethods found, Sentence title) {
    if (colon < 0) {
      return;
    }
    for (int k = colon + 1; k + 2 < t.size(); k++) {
      String w = t.get(k + 1).word();
      if (t.get(k).word().equals("The")
          && MethodKinds.ofWord(t.get(k + 2).word()) != null
          && isCoinedWord(w)) {
        found.propose(w, MethodKinds.ofWord(t.get(k + 2).word()), title.text());
      }
    }
  }

  private void afterVerbs(Sentence s, Map<String, Acronyms.Definition> defs, FoundMethods found) {
    List<Token> t = s.tokens();
    // once per sentence, not per token: the scan was a fifth of the extraction's CPU (JFR)
    boolean cites = credits(t, CITATION);
    for (int i = 0; i < t.size(); i++) {
      String lemma = lower(t.get(i).lemma());
      // active verbs only: "we propose X", not "the law proposed in the OpenAI paper" or "Built on
      // OSWorld"
      String pos = t.get(i).pos();
      boolean verb =
          (PROPOSE_VERBS.contains(lemma)
                  || (RESULT_VERBS.contains(lemma) && ownSubject(t, i, found)))
              && (Set.of("VB", "VBP", "VBZ", "VBD").contains(pos)
                  // "named X", not the "Named" of "a Named Entity Recognition corpus"
                  || (pos.equals("VBN")
                      && NAMING_VERBS.contains(lemma)
                      && Character.isLowerCase(t.get(i).word().charAt(0))));
      // "our TurboSparse-Mixtral-47B", "Our method, GemFilter", "the resulting model Orca-3"
      // (the lemma of "our" is "we")
      String word = lower(t.get(i).word());
      boolean our = word.equals("our") || word.equals("resulting");
      if (!verb && !our) {
        if (!cites) {
          passive(t, i, s, defs, found);
          appositive(t, i, s, found);
        }
        continue;
      }
      if (cites) {
        continue;
      }
      int limit = Math.min(t.size(), i + (our ? 6 : 12));
      for (int j = i + 1; j < limit; j++) {
        String w = t.get(j).word();
        // "our previously released Foundation-Sec-8B" is earlier work
        if (our && (!ownModifier(t.get(j)) || PRIOR_WORK.contains(lower(w)))) {
          break;
        }
        // "we propose Mixture-of-Thought (MoT)", "the Semantic disentangled VAE (Send-VAE)",
        // "DataComp for Language Models (DCLM)": a definition starting here is the name
        Acronyms.Definition def = definitionAt(defs, s, j);
        if (def != null && isCoinedHere(def, nearVerb(t, i, j), found)) {
          found.propose(definedName(def), MethodKinds.near(t, def.paren() + 1), s.text());
          int after = def.paren() + 2;
          if (listGoesOn(t, after)) {
            j = after;
            limit = Math.min(t.size(), j + 6);
            continue;
          }
          break;
        }
        // "we propose Chem-R, a generalizable Chemical Reasoning model": an appositive describes
        if (STOPS.contains(lower(w))
            || (w.equals(",") && j + 1 < t.size() && t.get(j + 1).pos().equals("DT"))
            || t.get(j).pos().equals("IN")
            || (t.get(j).pos().startsWith("VB")
                && j > i + 1
                && !w.contains("-")
                && !(our && (t.get(j).pos().equals("VBN") || t.get(j).pos().equals("VBD")))
                && !NAMING_VERBS.contains(lower(t.get(j).lemma())))) {
          break;
        }
        if (Candidates.isParenthesised(t, j) && Text.isAcronymLike(w)) {
          Acronyms.Definition d = defs.get(Text.singularAcronym(w));
          if (d != null
              && d.sentence() == s
              && names.stats().longForm(w) == null
              && MethodNames.isNamedLongForm(d.longFormWords())) {
            found.propose(definedName(d), MethodKinds.near(t, j + 1), s.text());
            break;
          }
        }
        int end = -1;
        if (names.isNewName(w)
            && !names.isConceptAcronym(w, defs)
            && !Candidates.isParenthesised(t, j)) {
          end = MethodNames.end(t, j);
        } else if (MethodNames.titleCaseEnd(t, j) == j
            && ((w.contains("-") && isCoinedWord(w)) || LOWER_NUMBERED.matcher(w).matches())) {
          // "a novel Agent-as-a-Judge framework" (rare in the corpus), "long2short methods"
          end = j + 1;
        } else if (j > 0) {
          // "we present Progressive Flow Distillation": a Title Case name, not the modifiers of a
          // described noun phrase ("a novel Long-horizon MultiModal deep search framework")
          int te = MethodNames.titleCaseEnd(t, j);
          if (te > j + 1 && modifiesNoun(t, te)) {
            j = te - 1;
            continue;
          }
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
          // "Length-Harmonizing Fine-Tuning (O1-Pruner)": also a name-like alias
          if (end + 2 < t.size()
              && Candidates.isOpen(t.get(end).word())
              && Text.isNameLike(t.get(end + 1).word())
              && Candidates.isClose(t.get(end + 2).word())) {
            name = name + " (" + t.get(end + 1).word() + ")";
            end += 3;
          }
          found.propose(name, MethodKinds.near(t, end - 1), s.text());
          // a list of names: "Kimi-VL and MoonViT", "SenseVoice, CosyVoice"
          if (listGoesOn(t, end)) {
            j = end;
            limit = Math.min(t.size(), j + 6);
            continue;
          }
          break;
        }
      }
      kindThenName(t, i, s, found);
    }
  }

  /**
   * "By integrating camera conditions into RoPE, our method generalizes …": the words after "our"
   * are a clause's subject (a finite verb follows within four words), not an appositive.
   */
  private static boolean startsClause(List<Token> t, int from) {
    for (int k = from; k < Math.min(t.size(), from + 4); k++) {
      String pos = t.get(k).pos();
      if (pos.equals("VBZ") || pos.equals("VBP") || pos.equals("VBD") || pos.equals("MD")) {
        return true;
      }
      if (t.get(k).word().equals(",")) {
        return false;
      }
    }
    return false;
  }

  /**
   * "Transformers as Treatment Effect Estimators (TransTEE) is proposed": a name or definition just
   * before "is/are proposed/introduced". Not called for a sentence that credits earlier work.
   */
  private void passive(
      List<Token> t, int i, Sentence s, Map<String, Acronyms.Definition> defs, FoundMethods found) {
    if (i < 2
        || !t.get(i).pos().equals("VBN")
        || !Set.of("proposed", "introduced").contains(lower(t.get(i).word()))
        || !Set.of("is", "are").contains(lower(t.get(i - 1).word()))) {
      return;
    }
    int last = i - 2;
    if (Candidates.isClose(t.get(last).word()) && last >= 2) {
      Acronyms.Definition d = defs.get(Text.singularAcronym(t.get(last - 1).word()));
      if (d != null && d.sentence() == s && d.paren() == last - 2) {
        found.propose(definedName(d), MethodKinds.near(t, last), s.text());
      }
    } else if (names.isNewName(t.get(last).word())) {
      found.propose(t.get(last).word(), null, s.text());
    }
  }

  /**
   * "we present the first visual-language foundation model in the soccer domain, MatchVision, which
   * …": the name closing the described noun phrase, within the verb's clause.
   */
  private void kindThenName(List<Token> t, int verb, Sentence s, FoundMethods found) {
    String kind = null;
    for (int k = verb + 2; k + 2 < Math.min(t.size(), verb + 25); k++) {
      String w = t.get(k).word();
      // "a benchmark collected from systems such as RAG, Mem0, …" names what exists
      if (w.equals(".") || w.equals(";") || w.equals("from") || PRIOR_WORK.contains(lower(w))) {
        return;
      }
      if (t.get(k).pos().startsWith("NN") && MethodKinds.ofWord(w) != null) {
        kind = MethodKinds.ofWord(w);
      }
      String name = t.get(k + 2).word();
      if (t.get(k).pos().startsWith("NN")
          && kind != null
          && t.get(k + 1).word().equals(",")
          && names.isNewName(name)
          && (k + 3 == t.size()
              || Set.of(",", ".", ";", "which", "(", "-LRB-").contains(t.get(k + 3).word()))) {
        found.propose(name, kind, s.text());
        return;
      }
    }
  }

  /**
   * A list of names goes on after a comma or "and", not into an appositive ("Chem-R, a
   * generalizable Chemical Reasoning model").
   */
  private static boolean listGoesOn(List<Token> t, int end) {
    if (end >= t.size() || !(t.get(end).word().equals(",") || t.get(end).word().equals("and"))) {
      return false;
    }
    int next = end + 1;
    if (next < t.size() && t.get(next).word().equals("and")) {
      next++;
    }
    return next < t.size() && !t.get(next).pos().equals("DT");
  }

  /** A Title Case run followed by a lower-case modifier or noun that is no kind word. */
  private static boolean modifiesNoun(List<Token> t, int te) {
    if (te >= t.size()) {
      return false;
    }
    Token next = t.get(te);
    return Character.isLowerCase(next.word().charAt(0))
        && (next.pos().startsWith("JJ") || next.pos().startsWith("NN"))
        && MethodKinds.ofWord(next.word()) == null;
  }

  /** The definition whose long form starts at token {@code j} of {@code s}, or null. */
  private static Acronyms.Definition definitionAt(
      Map<String, Acronyms.Definition> defs, Sentence s, int j) {
    for (Acronyms.Definition d : defs.values()) {
      if (d.sentence() == s && d.start() == j) {
        return d;
      }
    }
    return null;
  }

  /** Only determiners, adjectives and adverbs between the proposing word and {@code j}. */
  private static boolean nearVerb(List<Token> t, int verb, int j) {
    for (int k = verb + 1; k < j; k++) {
      String pos = t.get(k).pos();
      if (!(pos.equals("DT") || pos.startsWith("JJ") || pos.startsWith("RB"))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A definition after a proposing verb names the paper's own thing: a Title Case long form right
   * after the verb even when the corpus dictionary knows the acronym (the dictionary is built from
   * the corpus, this paper included: "Kimi Delta Attention (KDA)"); otherwise only a long form the
   * dictionary does not have ("Mixture-of-Thought (MoT)" ≠ "mixture-of-transformers"). Never an
   * exam ("Joint Entrance Examination (JEE)") or a part of the paper's own name ("QKAN" of
   * "QKAN-FWP").
   */
  private boolean isCoinedHere(Acronyms.Definition d, boolean nearVerb, FoundMethods found) {
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

  /** Words before a long form that make it something applied, not coined. */
  private static final Set<String> APPLYING =
      Set.of("use", "using", "with", "within", "in", "apply", "utilize");

  /** Heads of long forms that name events, not artefacts: exams, olympiads, conferences. */
  private static final Set<String> EVENT_HEADS =
      Set.of("examination", "exam", "olympiad", "conference", "workshop", "competition");

  private static boolean sameLongForm(String a, String b) {
    return fold(a).equals(fold(b));
  }

  private static String fold(String s) {
    return lower(s).replaceAll("[^a-z0-9]+", "").replaceAll("s$", "");
  }

  /**
   * Enumerated components: "two key techniques: 1) Hint-infer: …", "(ii) Hint Rejection Sampling
   * Fine-Tuning (Hint-RFT): …" — a name between an enumerator and a colon.
   */
  private void enumeratedHeads(
      Sentence s, Map<String, Acronyms.Definition> defs, FoundMethods found) {
    List<Token> t = s.tokens();
    for (int k = 0; k + 2 < t.size(); k++) {
      int start = enumeratorEnd(t, k);
      if (start < 0) {
        continue;
      }
      int colon = -1;
      for (int j = start + 1; j < Math.min(t.size(), start + 9); j++) {
        if (t.get(j).word().equals(":")) {
          colon = j;
          break;
        }
      }
      if (colon < 0) {
        continue;
      }
      Acronyms.Definition d = definitionAt(defs, s, start);
      if (d != null && d.paren() + 2 == colon && isCoinedHere(d, true, found)) {
        found.propose(definedName(d), MethodKinds.near(t, colon - 1), s.text());
      } else if (colon == start + 1
          && (names.isNewName(t.get(start).word())
              || (t.get(start).word().contains("-") && isCoinedWord(t.get(start).word())))) {
        // "1) Hint-infer:", not the properties of "(1) Linearity: …"
        found.propose(t.get(start).word(), null, s.text());
      } else if (colon > start + 1 && MethodNames.titleCaseEnd(t, start) == colon) {
        found.propose(MethodNames.join(t.subList(start, colon)), null, s.text());
      }
    }
  }

  /**
   * "two innovative models: SenseVoice, which …; and CosyVoice, which …", "two key components:
   * MVFuser, …": the names opening the items of a list announced by a counted or "key/novel"
   * plural.
   */
  private void colonList(Sentence s, FoundMethods found) {
    List<Token> t = s.tokens();
    for (int k = 2; k + 1 < t.size(); k++) {
      if (!t.get(k).word().equals(":")
          || !t.get(k - 1).pos().equals("NNS")
          || !announced(t, k - 1)) {
        continue;
      }
      for (int j = k + 1; j < t.size(); j++) {
        boolean itemStart =
            j == k + 1
                || ((t.get(j - 1).word().equals("and") || t.get(j - 1).word().equals(";"))
                    && !t.get(j).word().equals("and"));
        String w = t.get(j).word();
        if (itemStart && isCoinedWord(w) && !names.isConceptAcronym(w, Map.of())) {
          found.propose(w, MethodKinds.of(w, MethodKinds.ofWord(t.get(k - 1).word())), s.text());
        }
      }
      return;
    }
  }

  /**
   * A plural that names the paper's parts ("variants", "components") or one announced by a
   * "key/novel" adjective within three words; a count alone ("three datasets: BoolQ, …") lists what
   * exists.
   */
  private static boolean announced(List<Token> t, int noun) {
    if (OWN_PARTS.contains(lower(t.get(noun).word()))) {
      return true;
    }
    for (int k = noun - 1; k >= Math.max(0, noun - 3); k--) {
      if (ANNOUNCING.contains(lower(t.get(k).word()))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> ANNOUNCING =
      Set.of("key", "novel", "innovative", "new", "core", "main");

  private static final Set<String> OWN_PARTS =
      Set.of("variants", "components", "modules", "innovations", "contributions");

  private static final java.util.regex.Pattern ENUMERATOR =
      java.util.regex.Pattern.compile("\\d|i{1,3}|iv|v");

  /** "tinygemm": lower case, at least four characters. */
  private static final java.util.regex.Pattern LOWER_WORD =
      java.util.regex.Pattern.compile("[a-z][a-z0-9]{3,}");

  /** "1 )", "( 1 )", "( ii )" at {@code k}: the index after it, or -1. */
  private static int enumeratorEnd(List<Token> t, int k) {
    int i = k;
    if (Candidates.isOpen(t.get(i).word())) {
      i++;
    }
    if (i + 1 >= t.size()
        || !ENUMERATOR.matcher(t.get(i).word()).matches()
        || !Candidates.isClose(t.get(i + 1).word())) {
      return -1;
    }
    // "( 1 )" must open at k; "1 )" must not follow another token of a number
    return i + 2 < t.size() ? i + 2 : -1;
  }

  /** A capitalised word rare in the corpus or name-like: "Hint-infer", "MVFuser". */
  private boolean isCoinedWord(String w) {
    return names.isNewName(w)
        || (Text.isCapitalized(w)
            && !MethodNames.DERIVED.matcher(w).matches()
            && w.length() > 3
            && names.stats().share(Text.key(w)) < RARE_TITLE_WORD
            && !names.families().startsName(w));
  }

  /**
   * Names the paper derives from one it proposes: "Kimi-VL-A3B" and "SenseVoice-Small" (a suffix),
   * "Qwen2.5-32B-Enigmata" (a prefix), "any3" beside "any4" (another number).
   */
  private void derivedNames(List<Sentence> sentences, FoundMethods found) {
    List<MethodMention> own = found.proposedMentions();
    for (Sentence s : sentences) {
      for (Token x : s.tokens()) {
        String w = x.word();
        if (MethodNames.DERIVED.matcher(w).matches() || found.isProposed(w)) {
          continue;
        }
        for (MethodMention m : own) {
          if (isDerivedFrom(w, m.name()) || isSibling(w, m.name())) {
            found.propose(w, MethodKinds.of(w, m.kind()), s.text());
            break;
          }
        }
      }
    }
  }

  private static final java.util.regex.Pattern NUMBERED =
      java.util.regex.Pattern.compile("([a-z]{2,})(\\d+)");

  /** A lower-case name with a number inside: "long2short", "any4". */
  private static final java.util.regex.Pattern LOWER_NUMBERED =
      java.util.regex.Pattern.compile("[a-z]{2,}\\d+[a-z0-9.]*");

  static boolean isDerivedFrom(String w, String own) {
    java.util.regex.Matcher a = NUMBERED.matcher(w);
    java.util.regex.Matcher b = NUMBERED.matcher(own);
    if (a.matches() && b.matches()) {
      return a.group(1).equals(b.group(1)) && !w.equals(own);
    }
    if (own.contains(" ") || own.length() < 3 || w.length() <= own.length()) {
      return false;
    }
    return w.startsWith(own + "-") || w.endsWith("-" + own) || w.contains("-" + own + "-");
  }

  /**
   * "GeoTrust-test" beside "GeoTrust-200K": one stem of four or more letters before a hyphen, not a
   * model family's ("Qwen2.5-72B" is no sibling of "Qwen2.5-7B").
   */
  private boolean isSibling(String w, String own) {
    int a = w.indexOf('-');
    int b = own.indexOf('-');
    return a >= 4
        && a == b
        && !w.equals(own)
        && w.regionMatches(0, own, 0, a)
        && (Text.isNameLike(w.substring(0, a))
            || names.stats().df(Text.key(w.substring(0, a))) == 0)
        && !own.contains(" ")
        && !names.families().startsName(w)
        && Text.hasLetter(w.substring(a + 1));
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
    // "DocAssist, our constructed dataset for …"
    if (i + 3 < t.size()
        && names.isNewName(t.get(i).word())
        && t.get(i + 1).word().equals(",")
        && lower(t.get(i + 2).word()).equals("our")
        && !startsClause(t, i + 3)) {
      found.propose(t.get(i).word(), MethodKinds.after(t, i + 3, 6), s.text());
      return;
    }
    // "tinygemm, a latency optimized GPU matrix multiplication library": a word no other corpus
    // paper uses, in apposition to a kind noun
    boolean unseenLowerCase =
        LOWER_WORD.matcher(t.get(i).word()).matches()
            && names.stats().df(Text.key(t.get(i).word())) == 0;
    if (!(names.isNewName(t.get(i).word()) || unseenLowerCase)
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
      if (unseenLowerCase && kind == null) {
        return;
      }
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
