package paperkg.nlp;

import static paperkg.nlp.CoinedAcronyms.definedName;
import static paperkg.nlp.CoinedAcronyms.definitionAt;
import static paperkg.nlp.ProposalWords.PRIOR_WORK;
import static paperkg.nlp.ProposalWords.isCoinedWord;
import static paperkg.nlp.ProposalWords.lower;
import static paperkg.nlp.ProposalWords.ownModifier;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names after a proposing verb or "our" ({@link Proposals}): "we introduce MedAgent, …", "we
 * propose Kimi-VL and MoonViT", "we present Progressive Flow Distillation", "our
 * TurboSparse-Mixtral-47B", and the name closing the described noun phrase ("we present the first …
 * model in the soccer domain, MatchVision").
 */
final class VerbNames {
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

  private static final Set<String> NAMING_VERBS = Set.of("call", "name", "dub", "term", "coin");
  private static final Set<String> STOPS =
      Set.of(".", ";", "that", "which", "to", "where", "whereby", "while");

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

  /** A lower-case name with a number inside: "long2short", "any4". */
  private static final Pattern LOWER_NUMBERED = Pattern.compile("[a-z]{2,}\\d+[a-z0-9.]*");

  private final MethodNames names;
  private final CoinedAcronyms acronyms;

  VerbNames(MethodNames names, CoinedAcronyms acronyms) {
    this.names = names;
    this.acronyms = acronyms;
  }

  /**
   * Token {@code i} is a proposing verb, or the "our" / "resulting" before the paper's own name.
   */
  boolean opens(List<Token> t, int i, FoundMethods found) {
    String lemma = lower(t.get(i).lemma());
    // active verbs only: "we propose X", not "the law proposed in the OpenAI paper" or "Built on
    // OSWorld"
    String pos = t.get(i).pos();
    boolean verb =
        (PROPOSE_VERBS.contains(lemma) || (RESULT_VERBS.contains(lemma) && ownSubject(t, i, found)))
            && (Set.of("VB", "VBP", "VBZ", "VBD").contains(pos)
                // "named X", not the "Named" of "a Named Entity Recognition corpus"
                || (pos.equals("VBN")
                    && NAMING_VERBS.contains(lemma)
                    && Character.isLowerCase(t.get(i).word().charAt(0))));
    return verb || isOur(t.get(i));
  }

  /** "our TurboSparse-Mixtral-47B", "Our method, GemFilter", "the resulting model Orca-3". */
  private static boolean isOur(Token x) {
    // the lemma of "our" is "we"
    String word = lower(x.word());
    return word.equals("our") || word.equals("resulting");
  }

  /** The names after the word {@link #opens} found at {@code i}. */
  void after(
      List<Token> t, int i, Sentence s, Map<String, Acronyms.Definition> defs, FoundMethods found) {
    boolean our = isOur(t.get(i));
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
      if (def != null && acronyms.isCoinedHere(def, nearVerb(t, i, j), found)) {
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
          && ((w.contains("-") && isCoinedWord(names, w)) || LOWER_NUMBERED.matcher(w).matches())) {
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
}
