package paperkg.nlp;

import java.util.List;
import java.util.Map;

/**
 * Named things a paper uses or evaluates on (USES): model-family names with their version/size
 * ("Llama 2", "GPT-4o-mini", "Mistral Nemo 12B"), and other name-like tokens (MMLU, HotpotQA,
 * OSWorld, GSM8K, LoRA) that are not the paper's own, not a property ("LLM-driven") and not a
 * field-wide concept acronym (an acronym in more than {@link #FIELD_ACRONYM} of the corpus papers:
 * LLM, RL, VLM). Kind from the word after the name, the sentence, or the name itself.
 */
final class Uses {
  /**
   * An acronym in more of the corpus papers than this names a field or concept (LLM 33%, RL 8%, VLM
   * 5.6%).
   */
  static final double FIELD_ACRONYM = 0.04;

  /**
   * Last words of dictionary long forms that name a concept, task or architecture family, not one
   * method.
   */
  private static final java.util.Set<String> CONCEPT_HEADS =
      java.util.Set.of(
          "learning",
          "thought",
          "tuning",
          "experts",
          "distribution",
          "recognition",
          "art",
          "vehicle",
          "vehicles",
          "generation",
          "model",
          "models",
          "value",
          "intelligence",
          "processing",
          "understanding",
          "reasoning",
          "transformer",
          "transformers",
          "autoencoder",
          "network",
          "networks",
          "system",
          "systems",
          "answering",
          "retrieval",
          "translation",
          "detection",
          "segmentation",
          "estimation",
          "classification",
          // general heads of concepts, interfaces and quantities (GUI, CLI, MSE, T2V, RLHF, VLA)
          "interface",
          "error",
          "perceptron",
          "rendering",
          "feedback",
          "reward",
          "rewards",
          "action",
          "agent",
          "agents",
          "scaling",
          "video",
          "speech",
          "ratio");

  private final MethodNames names;

  Uses(MethodNames names) {
    this.names = names;
  }

  void find(PaperContext ctx, FoundMethods found) {
    for (Sentence s : ctx.annotated().sentences()) {
      find(s, ctx.definitions(), found);
    }
  }

  private void find(Sentence s, Map<String, Acronyms.Definition> defs, FoundMethods found) {
    List<Token> t = s.tokens();
    for (int i = 0; i < t.size(); i++) {
      String w = t.get(i).word();
      if (!Text.hasLetter(w)
          || !Character.isUpperCase(Text.firstLetter(w))
          || MethodNames.BARE_SIZE.matcher(w).matches()
          || MethodNames.DERIVED.matcher(w).matches()) {
        continue;
      }
      if (names.families().startsName(w)) {
        i = familyName(t, i, s, found) - 1;
        continue;
      }
      if (!Text.isNameLike(w)
          || isFieldAcronym(w, defs)
          || isLatexOrUnit(w)
          || isHardwareOrFormat(w)
          || isPluralAcronym(w)
          || hasConceptTail(w)
          || Places.isPlace(w)
          || OrgNames.isKnown(w)) {
        continue;
      }
      int start = MethodNames.start(t, i);
      int end = MethodNames.end(t, i);
      String name = MethodNames.join(t.subList(start, end));
      String kind = end < t.size() ? MethodKinds.ofWord(t.get(end).word()) : null;
      // a name without its own kind word takes the sentence's: "on benchmarks such as ARC, GSM8K"
      if (kind == null) {
        kind = MethodNames.SIZE_SUFFIX.matcher(name).find() ? "model" : MethodKinds.ofSentence(t);
      }
      if (!found.isProposed(name)) {
        found.use(name, kind, s.text());
      }
      i = end - 1;
    }
  }

  /**
   * "Llama 2", "Mistral Nemo 12B", "DeepSeek-R1-Distill-Qwen-1.5B"; returns the end of the name.
   */
  private int familyName(List<Token> t, int i, Sentence s, FoundMethods found) {
    String w = t.get(i).word();
    int end = i + 1;
    while (end < t.size()
        && end < i + 4
        && (MethodNames.SIZE.matcher(t.get(end).word()).matches()
            || MethodNames.VARIANT_WORDS.contains(t.get(end).word())
            || (t.get(end).pos().equals("NNP") && Text.isNameLike(t.get(end).word())))) {
      end++;
    }
    // the tokenizer sometimes splits a size off a name: "DeepSeek-R1-Distill-Qwen-1.5" + "B"
    while (end < t.size()
        && t.get(end).begin() == t.get(end - 1).end()
        && t.get(end).word().matches("[A-Za-z0-9]+")) {
      end++;
    }
    String name = MethodNames.join(t.subList(i, end));
    // a bare family word ("Llama") is a model too: the paper names the family it uses ("Mistral and
    // Mixtral")
    if (!found.isProposed(name)) {
      found.use(name, "model", s.text());
    }
    return end;
  }

  /**
   * A field-wide concept acronym (LLM, RL, VLM, MLLM), or one this paper defines by a lower-case
   * long form that is itself common (not "mixture of depths (MoD)", which the paper uses as a named
   * method).
   */
  private boolean isFieldAcronym(String w, Map<String, Acronyms.Definition> defs) {
    if (!Text.isAcronymLike(w)) {
      return false;
    }
    String a = Text.singularAcronym(w);
    // two capitals without a digit (AI, RL, ML, QA) name a field or task, never one artefact
    if ((a.length() <= 2 && !Text.hasDigit(a))
        || names.stats().share(Text.key(a)) > FIELD_ACRONYM) {
      return true;
    }
    // a dictionary acronym whose long form is a kind of model or a task ("supervised fine-tuning",
    // "chain-of-thought",
    // "mixture-of-experts", "out-of-distribution"), not a named algorithm ("proximal policy
    // optimization")
    String longForm = names.stats().longForm(a);
    if (longForm == null) {
      return false;
    }
    String[] words = longForm.split("[\\s-]+");
    return CONCEPT_HEADS.contains(words[words.length - 1]);
  }

  /**
   * Accelerators and number formats are hardware, not models: "H100", "A100", "RTX 4090", "FP8",
   * "BF16".
   */
  private static final java.util.regex.Pattern HARDWARE =
      java.util.regex.Pattern.compile("[ABHLV]\\d{2,3}[A-Z]?|RTX|GTX|(?:FP|BF|INT)\\d{1,2}");

  /** File formats, units and other standard abbreviations that are no artefact of a paper. */
  private static final java.util.Set<String> FORMATS =
      java.util.Set.of(
          "FLOP",
          "FLOPs",
          "VRAM",
          "RAM",
          "RGB",
          "RGB-D",
          "JSON",
          "XML",
          "HTML",
          "CSV",
          "PDF",
          "URL",
          "DNA",
          "RNA",
          "STEM",
          "JavaScript");

  private static boolean isHardwareOrFormat(String w) {
    return HARDWARE.matcher(w).matches() || FORMATS.contains(w);
  }

  /** "GBTs", "VQCs", "MoDs": a plural acronym names a class of things, not one model or dataset. */
  private static boolean isPluralAcronym(String w) {
    return w.length() > 2
        && w.endsWith("s")
        && Text.isAcronymLike(w.substring(0, w.length() - 1))
        && Character.isUpperCase(w.charAt(w.length() - 2));
  }

  /** "KV-cache", "SFT-ed", "O1-Like": a name-like part with a common lower-case tail. */
  private boolean hasConceptTail(String w) {
    int dash = w.lastIndexOf('-');
    if (dash < 1 || dash == w.length() - 1) {
      return false;
    }
    String tail = w.substring(dash + 1);
    return tail.equals(tail.toLowerCase(java.util.Locale.ROOT))
            && Text.hasLetter(tail)
            && !Text.hasDigit(tail)
            && names.stats().share(Text.key(tail)) > 0.01
        || tail.equals("Like");
  }

  /** Units and LaTeX residue: "GPUs" is hardware, "FPS" a unit. */
  private static boolean isLatexOrUnit(String w) {
    String a = Text.singularAcronym(w);
    return a.equals("GPU")
        || a.equals("FPS")
        || a.equals("TPU")
        || a.equals("CPU")
        || a.equals("API")
        || w.startsWith("\\");
  }
}
