package paperkg.nlp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Named methods, models, datasets, benchmarks, metrics and tools.
 *
 * <p>PROPOSES: the title prefix "Name: …" when the name is name-like; a name or a new acronym after a
 * proposing verb ("we introduce MedAgent, …", "we introduce Simplified Digestive Cancer (SimpleDC), a
 * parallel corpus"); "X, a novel …". USES: model-family names with their version/size ("Llama 2", "GPT-4o-mini",
 * "Mistral Nemo 12B"), name-like tokens right before a kind word ("the existing Med-EASi corpus", "the X
 * benchmark"), and other name-like tokens with digits. Kind comes from the nearest kind word (benchmark,
 * dataset/corpus, model/LLM, metric/score, tool/library) else method. A proposed name is never also used.
 */
final class Methods {
  private static final Set<String> PROPOSE_VERBS =
      Set.of("propose", "introduce", "present", "develop", "release", "build", "construct", "curate",
          "design", "create", "contribute", "call", "name", "dub", "term", "coin", "establish", "open-source");
  private static final Set<String> NAMING_VERBS = Set.of("call", "name", "dub", "term", "coin");
  /** Bare sizes are not names: "7B", "3B-32B", "1M". */
  private static final Pattern BARE_SIZE =
      Pattern.compile("(?i)\\d+(?:\\.\\d+)?[bmkt](?:-\\d+(?:\\.\\d+)?[bmkt])?");
  private static final Map<String, String> KIND_WORDS = new LinkedHashMap<>();

  static {
    for (String w : List.of("benchmark", "suite", "leaderboard", "testbed", "arena")) {
      KIND_WORDS.put(w, "benchmark");
    }
    for (String w : List.of("dataset", "corpus", "collection", "data", "database", "treebank")) {
      KIND_WORDS.put(w, "dataset");
    }
    for (String w : List.of("model", "llm", "mllm", "vlm", "lm", "network", "transformer", "encoder", "decoder", "checkpoint")) {
      KIND_WORDS.put(w, "model");
    }
    for (String w : List.of("metric", "score", "measure", "index")) {
      KIND_WORDS.put(w, "metric");
    }
    for (String w : List.of("tool", "toolkit", "library", "package", "platform", "software", "simulator", "environment", "engine", "interface")) {
      KIND_WORDS.put(w, "tool");
    }
    for (String w : List.of("method", "framework", "approach", "algorithm", "technique", "pipeline", "system", "agent", "strategy", "paradigm", "architecture", "recipe", "protocol", "mechanism", "module")) {
      KIND_WORDS.put(w, "method");
    }
  }

  /** Dimensions and counts are not names: "3D", "6DoF", "28LLMs" ("we benchmark 28LLMs"). */
  private static final Pattern NOT_A_NAME = Pattern.compile("\\d+[dD](?:oF)?|\\d+[A-Z]{2,}s?");
  private static final Pattern METRIC_SUFFIX = Pattern.compile("[- ](?:score|acc|accuracy|bleu|rouge|f1)$");

  /** Hyphenated derivations name a property, not a thing: "LLM-driven", "RL-based", "GPU-friendly". */
  private static final Pattern DERIVED =
      Pattern.compile(".*-(?:[a-z]+ed|aware|free|like|level|driven|specific|centric|oriented|agnostic|wise|only|style|scale|friendly|intensive|efficient|ready|native|heavy)$");
  private static final Pattern SIZE = Pattern.compile("(?i)\\d+(?:\\.\\d+)?[bmkt]|v\\d+(?:\\.\\d+)*|\\d+(?:\\.\\d+)*");
  /** A parameter count at the end of a name: "Qwen2.5-7B", "Mistral Nemo 12B". */
  private static final Pattern SIZE_SUFFIX = Pattern.compile("(?i)\\d+(?:\\.\\d+)?[bm]$");
  private static final Set<String> VARIANT_WORDS =
      Set.of("Turbo", "Sonnet", "Opus", "Haiku", "Pro", "Flash", "Ultra", "Nano", "Mini", "Instruct", "Chat",
          "Coder", "Nemo", "Large", "Small", "Base", "Vision", "Max", "Plus", "Omni", "Lite", "R1", "V3", "VL");

  static final double RARE_TITLE_WORD = 0.002;

  private final CorpusStats stats;
  private final ModelFamilies families;

  Methods(CorpusStats stats, ModelFamilies families) {
    this.stats = stats;
    this.families = families;
  }

  List<MethodMention> find(PaperContext ctx) {
    Annotated a = ctx.annotated();
    Map<String, Acronyms.Definition> defs = ctx.definitions();
    Map<String, MethodMention> proposed = new LinkedHashMap<>();
    Map<String, MethodMention> used = new LinkedHashMap<>();
    List<Sentence> sentences = a.sentences();
    Sentence title = sentences.isEmpty() || sentences.get(0).index() != Annotator.TITLE ? null : sentences.get(0);
    if (title != null) {
      titlePrefix(title, sentences, proposed);
    }
    for (Sentence s : sentences) {
      if (s.index() != Annotator.TITLE) {
        proposals(s, defs, proposed);
      }
    }
    for (Sentence s : sentences) {
      uses(s, defs, proposed, used);
    }
    List<MethodMention> out = new ArrayList<>(proposed.values());
    out.addAll(used.values());
    return out;
  }

  /** "SIRI: Scaling Iterative …", "MedAgentBench: A Realistic …". */
  private void titlePrefix(Sentence title, List<Sentence> sentences, Map<String, MethodMention> proposed) {
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
      nameLike |= isNewName(x.word());
    }
    // "Orca 2: Teaching …": a capitalized word with a version number
    nameLike |= name.size() == 2 && Text.isCapitalized(name.get(0).word())
        && name.get(1).word().matches("\\d+(?:\\.\\d+)*");
    // "Panacea: A foundation model …", "Knapsack RL: …": a rare capitalized word (corpus share below
    // RARE_TITLE_WORD) leading capitalized words; common ones ("Health Text Simplification:") are a topic
    boolean capitalized = true;
    for (Token x : name) {
      capitalized &= Text.isCapitalized(x.word());
    }
    nameLike |= capitalized && stats.share(Text.key(name.get(0).word())) < RARE_TITLE_WORD
        && !families.startsName(name.get(0).word());
    if (!nameLike) {
      return;
    }
    String text = join(name);
    // kind: what the abstract calls it, else the head of the subtitle
    String kind = null;
    for (Sentence s : sentences) {
      if (s.index() != Annotator.TITLE && s.text().contains(text)) {
        kind = kindNear(s.tokens(), indexOf(s.tokens(), name.get(name.size() - 1).word()));
        if (kind != null) {
          break;
        }
      }
    }
    if (kind == null) {
      kind = kindAfter(t, colon + 1, 8);
    }
    put(proposed, text, kindOf(text, kind), title.text());
  }

  private void proposals(Sentence s, Map<String, Acronyms.Definition> defs, Map<String, MethodMention> proposed) {
    List<Token> t = s.tokens();
    for (int i = 0; i < t.size(); i++) {
      String lemma = lower(t.get(i).lemma());
      // active verbs only: "we propose X", not "the law proposed in the OpenAI paper" or "Built on OSWorld"
      String pos = t.get(i).pos();
      boolean verb = PROPOSE_VERBS.contains(lemma)
          && (Set.of("VB", "VBP", "VBZ", "VBD").contains(pos) || (pos.equals("VBN") && NAMING_VERBS.contains(lemma)));
      boolean our = lemma.equals("our");
      if (!verb && !our) {
        // "X, a novel …" / "X, the first …"
        if (isNewName(t.get(i).word()) && i + 3 < t.size() && t.get(i + 1).word().equals(",")
            && Set.of("a", "an", "the").contains(lower(t.get(i + 2).word()))
            && Set.of("novel", "new", "first").contains(lower(t.get(i + 3).word()))) {
          int end = nameEnd(t, i);
          put(proposed, join(t.subList(nameStart(t, i), end)), kindNear(t, end - 1), s.text());
        }
        continue;
      }
      int limit = Math.min(t.size(), i + (our ? 2 : 12));
      for (int j = i + 1; j < limit; j++) {
        String w = t.get(j).word();
        if (Set.of(".", ";", "that", "which", "to", "where", "whereby", "while").contains(lower(w))
            || t.get(j).pos().equals("IN")
            || (t.get(j).pos().startsWith("VB") && j > i + 1 && !w.contains("-")
                && !NAMING_VERBS.contains(lower(t.get(j).lemma())))) {
          break;
        }
        if (Candidates.isParenthesised(t, j) && Text.isAcronymLike(w)) {
          Acronyms.Definition d = defs.get(Text.singularAcronym(w));
          if (d != null && d.sentence() == s && stats.longForm(w) == null) {
            put(proposed, Text.singularAcronym(w), kindNear(t, j + 1), s.text());
            break;
          }
        }
        if (isNewName(w) && !isConceptAcronym(w, defs) && !Candidates.isParenthesised(t, j)) {
          int end = nameEnd(t, j);
          put(proposed, join(t.subList(j, end)), kindNear(t, end - 1), s.text());
          break;
        }
      }
    }
  }

  private void uses(Sentence s, Map<String, Acronyms.Definition> defs, Map<String, MethodMention> proposed,
      Map<String, MethodMention> used) {
    List<Token> t = s.tokens();
    for (int i = 0; i < t.size(); i++) {
      String w = t.get(i).word();
      if (!Text.hasLetter(w) || !Character.isUpperCase(Text.firstLetter(w))) {
        continue;
      }
      if (BARE_SIZE.matcher(w).matches() || DERIVED.matcher(w).matches()) {
        continue;
      }
      if (families.startsName(w)) {
        int end = i + 1;
        while (end < t.size() && end < i + 4
            && (SIZE.matcher(t.get(end).word()).matches() || VARIANT_WORDS.contains(t.get(end).word())
                || (t.get(end).pos().equals("NNP") && Text.isNameLike(t.get(end).word())))) {
          end++;
        }
        // the tokenizer sometimes splits a size off a name: "DeepSeek-R1-Distill-Qwen-1.5" + "B"
        while (end < t.size() && t.get(end).begin() == t.get(end - 1).end()
            && t.get(end).word().matches("[A-Za-z0-9]+")) {
          end++;
        }
        String name = join(t.subList(i, end));
        // a bare family word ("Llama") is only a model with a version, size or digits
        if (end > i + 1 || Text.hasDigit(w) || (Text.isNameLike(w) && !families.isBareFamily(w))) {
          putUse(used, proposed, name, "model", s.text());
        }
        i = end - 1;
        continue;
      }
      if (!Text.isNameLike(w) || DERIVED.matcher(w).matches() || isConceptAcronym(w, defs)) {
        continue;
      }
      int start = nameStart(t, i);
      int end = nameEnd(t, i);
      String name = join(t.subList(start, end));
      String kind = end < t.size() ? KIND_WORDS.get(Text.key(t.get(end).word())) : null;
      if (kind == null && Text.hasDigit(w)) {
        kind = SIZE_SUFFIX.matcher(name).find() ? "model" : sentenceKind(t);
      }
      // "the EMR system", "a DPO framework": a method word after a name is usually a concept, not a use
      if (kind != null && !kind.equals("method")) {
        putUse(used, proposed, name, kind, s.text());
      }
      i = end - 1;
    }
  }

  /** An acronym for a concept rather than a named artefact: in the dictionary, or defined by a lower-case long form. */
  private boolean isConceptAcronym(String w, Map<String, Acronyms.Definition> defs) {
    if (!Text.isAcronymLike(w)) {
      return false;
    }
    if (stats.longForm(w) != null) {
      return true;
    }
    Acronyms.Definition d = defs.get(Text.singularAcronym(w));
    return d != null && !isNamedLongForm(d.longFormWords());
  }

  /** "Simplified Digestive Cancer" names a thing; "Randomized controlled trials" (sentence start) does not. */
  static boolean isNamedLongForm(List<String> words) {
    for (String w : words) {
      if (!Text.STOP.contains(w) && !Text.isCapitalized(w)) {
        return false;
      }
    }
    return true;
  }

  /** A name a paper would give its own contribution: name-like, not a dictionary acronym, not a derivation. */
  private boolean isNewName(String w) {
    return Text.isNameLike(w) && !DERIVED.matcher(w).matches() && stats.longForm(w) == null
        && !families.startsName(w);
  }

  /** Extends a name to the left over capitalized words that belong to it ("Human Eval", "Mistral Nemo"). */
  private static int nameStart(List<Token> t, int i) {
    int start = i;
    while (start > 0 && start > i - 2 && t.get(start - 1).pos().equals("NNP") && Text.isCapitalized(t.get(start - 1).word())
        && Text.isNameLike(t.get(start - 1).word())) {
      start--;
    }
    return start;
  }

  /** Extends a name over a following version or size token ("Llama 2", "Qwen2.5 7B"). */
  private static int nameEnd(List<Token> t, int i) {
    int end = i + 1;
    while (end < t.size() && end < i + 3 && SIZE.matcher(t.get(end).word()).matches()) {
      end++;
    }
    return end;
  }

  /** The kind word right after position {@code i} ("MHSD ) dataset") or in an appositive ", a … framework". */
  private static String kindNear(List<Token> t, int i) {
    if (i < 0) {
      return null;
    }
    int j = i + 1;
    while (j < t.size() && Candidates.isClose(t.get(j).word())) {
      j++;
    }
    if (j < t.size()) {
      String k = KIND_WORDS.get(Text.key(t.get(j).word()));
      if (k != null) {
        return k;
      }
    }
    if (j < t.size() && t.get(j).word().equals(",")) {
      return kindAfter(t, j + 1, 8);
    }
    // "the X benchmark" handled above; "a novel framework, X," looks left
    for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
      String kind = KIND_WORDS.get(Text.key(t.get(k).word()));
      if (kind != null) {
        return kind;
      }
    }
    return null;
  }

  /** Head noun of the noun phrase starting at {@code from}: the last noun before a preposition or comma. */
  private static String kindAfter(List<Token> t, int from, int max) {
    String kind = null;
    for (int j = from; j < Math.min(t.size(), from + max); j++) {
      Token x = t.get(j);
      if (x.pos().equals("IN") || x.pos().equals("TO") || x.word().equals(",") || x.pos().startsWith("VB")
          || x.pos().equals("WDT")) {
        break;
      }
      String k = KIND_WORDS.get(Text.key(x.word()));
      if (k != null && x.pos().startsWith("NN")) {
        kind = k;
      }
    }
    return kind;
  }

  /** A sentence that talks about benchmarks or datasets lends its kind to digit-bearing names in it. */
  private static String sentenceKind(List<Token> t) {
    for (Token x : t) {
      String k = KIND_WORDS.get(Text.key(x.word()));
      if ("benchmark".equals(k) || "dataset".equals(k)) {
        return k;
      }
    }
    return null;
  }

  /** The kind a name's own suffix says ("WebGen-Bench", "CLIP-score") wins over the words around it. */
  private static String kindOf(String name, String kind) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith("bench") || lower.endsWith("benchmark")) {
      return "benchmark";
    }
    if (METRIC_SUFFIX.matcher(lower).find()) {
      return "metric";
    }
    return kind != null ? kind : "method";
  }

  private static void put(Map<String, MethodMention> proposed, String name, String kind, String evidence) {
    if (!NOT_A_NAME.matcher(name).matches()) {
      proposed.putIfAbsent(lower(name),
          new MethodMention(name, kindOf(name, kind), MethodMention.Relation.PROPOSES, evidence));
    }
  }

  private static void putUse(Map<String, MethodMention> used, Map<String, MethodMention> proposed, String name,
      String kind, String evidence) {
    if (!proposed.containsKey(lower(name)) && !NOT_A_NAME.matcher(name).matches()) {
      used.putIfAbsent(lower(name), new MethodMention(name, kindOf(name, kind), MethodMention.Relation.USES, evidence));
    }
  }

  private static int indexOf(List<Token> t, String word) {
    for (int i = 0; i < t.size(); i++) {
      if (t.get(i).word().equals(word)) {
        return i;
      }
    }
    return -1;
  }

  static String join(List<Token> tokens) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < tokens.size(); i++) {
      if (i > 0 && tokens.get(i).begin() > tokens.get(i - 1).end()) {
        sb.append(' ');
      }
      sb.append(tokens.get(i).word());
    }
    return sb.toString();
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }
}
