package paperkg.nlp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What one mention of a concept does in its sentence, read from the words around it: the paper uses
 * the concept as an {@link #INSTRUMENT} ("leverage generative VLMs as judges", "via supervised
 * fine-tuning (SFT)", "SFT-trained RoboRefer", "the same objective as the VLM backbone", "reasoning
 * traces distilled from closed-source VLMs"), works on it as an {@link #OBJECT} ("we enhance the
 * diffusion model", "an LLM agent runs a football club"), or just {@link #NAMES} it. The cues are
 * the governing verb or preposition of the mention's noun phrase, a role noun after it (judge,
 * evaluator, backbone, feedback) and a participle joined to it ("-generated", "-trained",
 * "-as-judge"): English grammar of instruments and agents, no word of any one field.
 */
enum MentionRole {
  INSTRUMENT,
  OBJECT,
  NAMES;

  /** Words after a mention that make it a part played in someone else's method. */
  private static final Set<String> ROLE_NOUNS =
      Set.of(
          "judge",
          "judges",
          "evaluator",
          "evaluators",
          "annotator",
          "annotators",
          "teacher",
          "teachers",
          "feedback",
          "critic",
          "critics",
          "verifier",
          "verifiers",
          "grader",
          "graders",
          // singular only: "across six VLM backbones" evaluates a method on many models
          "backbone");

  /** Participles joined to a mention ("LLM-generated") whose agent the mention is. */
  private static final Set<String> PARTICIPLES =
      Set.of(
          "generated",
          "trained",
          "simulated",
          "annotated",
          "judged",
          "evaluated",
          "filtered",
          "labeled",
          "labelled",
          "as-judge",
          "as-a-judge");

  /** Verbs and prepositions (lemmas) whose object is a means: "leverage X", "via X". */
  private static final Set<String> MEANS =
      Set.of(
          "use",
          "leverage",
          "employ",
          "utilize",
          "harness",
          "adopt",
          "repurpose",
          "exploit",
          "via");

  /** Lemma pairs "verb/noun ... preposition" whose object is a means or a source. */
  private static final Set<List<String>> SOURCES =
      Set.of(
          List.of("rely", "on"),
          List.of("build", "on"),
          List.of("build", "upon"),
          List.of("base", "on"),
          List.of("distill", "from"),
          List.of("transfer", "from"),
          List.of("inherit", "from"),
          List.of("extract", "from"),
          List.of("derive", "from"),
          List.of("knowledge", "from"),
          List.of("prior", "from"),
          List.of("trace", "from"),
          List.of("supervision", "from"),
          List.of("guidance", "from"));

  /** Verbs (lemmas) whose object is what the paper works on: "we enhance the diffusion model". */
  private static final Set<String> WORKS_ON =
      Set.of(
          "propose",
          "introduce",
          "study",
          "train",
          "improve",
          "enhance",
          "evaluate",
          "analyze",
          "investigate",
          "benchmark",
          "scale",
          "present",
          "develop",
          "empower",
          "equip",
          "teach",
          "probe",
          "examine",
          "assess",
          "accelerate",
          "compress",
          "align",
          "steer",
          "unlock");

  /** Tags a governor walks back over: the mention's noun phrase, "X and", "the power of". */
  private static final Set<String> PHRASE_TAGS =
      Set.of(
          "DT", "JJ", "JJR", "JJS", "VBN", "VBG", "CD", "PRP$", "NN", "NNS", "NNP", "NNPS", "HYPH",
          "CC", "POS");

  /** How far back from the mention a governor is looked for. */
  private static final int REACH = 6;

  /**
   * The role of the mention at tokens [start, end) of {@code s}; {@code title} is the paper's title
   * in lower case: a role noun the title names ("Prompt Optimization for LLM Judges") is what the
   * paper works on, not a part of its method.
   */
  static MentionRole of(Sentence s, int start, int end, String acronym, String title) {
    List<Token> t = s.tokens();
    String last = lower(t.get(end - 1).word());
    String joined = joinedAfter(last, acronym);
    if (joined != null && PARTICIPLES.contains(joined) && !title.contains(joined)) {
      return INSTRUMENT;
    }
    if (joined != null && (joined.equals("agent") || joined.equals("agents"))) {
      return OBJECT;
    }
    int after = skipParenthesis(t, end);
    String next = after < t.size() ? lower(t.get(after).word()) : "";
    String roleNoun = null;
    if (ROLE_NOUNS.contains(next)) {
      roleNoun = next;
    } else if (next.equals("-")
        && after + 1 < t.size()
        && PARTICIPLES.contains(lower(t.get(after + 1).word()))) {
      return INSTRUMENT;
    } else if (next.equals("as")) {
      for (int k = after + 1; k < Math.min(t.size(), after + 4); k++) {
        String w = lower(t.get(k).word());
        if (!t.get(k).pos().equals("DT") && !t.get(k).pos().startsWith("JJ")) {
          roleNoun = ROLE_NOUNS.contains(w) ? w : null;
          break;
        }
      }
    } else if (next.equals("agent") || next.equals("agents")) {
      return OBJECT;
    }
    if (roleNoun != null && !title.contains(roleNoun.replaceAll("s$", ""))) {
      return INSTRUMENT;
    }
    // "our robust VLM foundation": the paper's own model (not "our VLM-based protocol")
    for (int k = start - 1;
        joined == null && k >= 0 && k >= start - REACH && PHRASE_TAGS.contains(t.get(k).pos());
        k--) {
      if (lower(t.get(k).word()).equals("our")) {
        return OBJECT;
      }
    }
    int g = governor(t, start);
    if (g < 0) {
      return NAMES;
    }
    Token gov = t.get(g);
    String lemma = lower(gov.lemma());
    // "data curation for supervised fine-tuning": what the paper's work serves
    if (WORKS_ON.contains(lemma) && gov.pos().startsWith("VB") || lemma.equals("for")) {
      return OBJECT;
    }
    if (MEANS.contains(lemma) && (gov.pos().startsWith("VB") || gov.pos().equals("IN"))) {
      return INSTRUMENT;
    }
    for (int k = Math.max(0, g - 3); k < g; k++) {
      if (SOURCES.contains(List.of(lower(t.get(k).lemma()), lower(gov.word())))) {
        return INSTRUMENT;
      }
    }
    return NAMES;
  }

  /**
   * The token spans of {@code s} that name the concept: one of its written {@code forms} (the last
   * word also in the plural or with a joined part: "LLM-generated"), or its {@code acronym} as a
   * word or a part of one ("MLLMs", "VLM-as-judge"). A form in parentheses right after another one
   * ("large language models (LLMs)") is the same mention.
   */
  static List<int[]> spans(Sentence s, Collection<String> forms, String acronym) {
    List<Token> t = s.tokens();
    List<int[]> found = new ArrayList<>();
    for (String form : forms) {
      String[] f = lower(form).split(" ");
      for (int i = 0; i + f.length <= t.size(); i++) {
        if (matches(t, i, f)) {
          found.add(new int[] {i, i + f.length});
        }
      }
    }
    for (int i = 0; acronym.length() >= 2 && i < t.size(); i++) {
      for (String part : lower(t.get(i).word()).split("-")) {
        if (part.equals(acronym) || part.equals(acronym + "s")) {
          found.add(new int[] {i, i + 1});
          break;
        }
      }
    }
    List<int[]> out = new ArrayList<>();
    for (int[] a : found) {
      boolean inside = false;
      boolean repeated = false;
      for (int[] b : found) {
        inside |= b != a && b[0] <= a[0] && a[1] <= b[1] && b[1] - b[0] > a[1] - a[0];
        repeated |= a[0] > 0 && b[1] == a[0] - 1 && t.get(a[0] - 1).word().equals("(");
      }
      if (!inside && !repeated && out.stream().noneMatch(o -> o[0] == a[0] && o[1] == a[1])) {
        out.add(a);
      }
    }
    return out;
  }

  /** The initials of a name's words and hyphenated parts: "chain-of-thought" → "cot". */
  static String acronym(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : lower(name).split("[ \\-]+")) {
      if (!w.isEmpty()) {
        b.append(w.charAt(0));
      }
    }
    return b.toString();
  }

  private static boolean matches(List<Token> t, int i, String[] f) {
    for (int k = 0; k < f.length - 1; k++) {
      if (!lower(t.get(i + k).word()).equals(f[k])) {
        return false;
      }
    }
    String w = lower(t.get(i + f.length - 1).word());
    String head = f[f.length - 1];
    return w.equals(head) || w.startsWith(head + "-") || strip(w).equals(strip(head));
  }

  private static String strip(String w) {
    return w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
  }

  /**
   * The part joined by a hyphen after the mention's own part of a word: "generated" of
   * "LLM-generated".
   */
  private static String joinedAfter(String word, String acronym) {
    String[] parts = word.split("-");
    for (int k = 0; k + 1 < parts.length; k++) {
      if (parts[k].equals(acronym) || parts[k].equals(acronym + "s")) {
        String rest = String.join("-", java.util.Arrays.copyOfRange(parts, k + 1, parts.length));
        return PARTICIPLES.contains(rest) ? rest : parts[k + 1];
      }
    }
    return null;
  }

  /** The index after a parenthesis opening at {@code i} ("(LLMs)"), or {@code i}. */
  private static int skipParenthesis(List<Token> t, int i) {
    if (i < t.size() && t.get(i).word().equals("(")) {
      for (int k = i + 1; k < Math.min(t.size(), i + 4); k++) {
        if (t.get(k).word().equals(")")) {
          return k + 1;
        }
      }
    }
    return i;
  }

  /**
   * The word that governs the noun phrase ending at the mention starting at {@code start}: the
   * first one before it, over the phrase's modifiers and "the N of", that is none of them; -1 if
   * the phrase starts the sentence or is longer than {@value #REACH} words.
   */
  private static int governor(List<Token> t, int start) {
    int k = start - 1;
    while (k >= 0 && k >= start - REACH) {
      if (PHRASE_TAGS.contains(t.get(k).pos())) {
        k--;
      } else if (lower(t.get(k).word()).equals("of")
          && k > 0
          && t.get(k - 1).pos().startsWith("NN")) {
        k -= 2;
      } else {
        return k;
      }
    }
    return -1;
  }

  private static String lower(String w) {
    return w.toLowerCase(Locale.ROOT);
  }
}
