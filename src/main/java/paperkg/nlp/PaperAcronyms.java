package paperkg.nlp;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What an acronym stands for in one paper: the paper's own definition ("reward model (RM)"), else
 * the corpus dictionary's long form when the acronym is established there ({@link
 * CorpusStats#isEstablished}: LLM, RL, CoT) or the paper uses every content word of the long form
 * elsewhere ("rectified flow" for RF only in a paper that says "rectified" and "flow"). Without
 * such evidence an acronym stays a name: "RF" of "RM-RF … Run-Free" is not rectified flow, "CT" of
 * "SNOMED CT" not computed tomography, "IQA" of "CLIP-IQA" not image quality assessment, "RNN" of
 * "RNN-like" in a tracking paper not recurrent neural network (each judged wrong on 2026-12-01).
 */
final class PaperAcronyms {
  private final Map<String, Acronyms.Definition> definitions;
  private final CorpusStats stats;
  private final Set<String> words = new HashSet<>();

  PaperAcronyms(Annotated a, Map<String, Acronyms.Definition> definitions, CorpusStats stats) {
    this.definitions = definitions;
    this.stats = stats;
    for (Sentence s : a.sentences()) {
      for (Token t : s.tokens()) {
        for (String part : t.word().split("-")) {
          if (!part.isEmpty()) {
            words.add(Text.key(part));
          }
        }
      }
    }
  }

  Map<String, Acronyms.Definition> definitions() {
    return definitions;
  }

  /** The local definition of an acronym (singular, "LLM"), or null. */
  Acronyms.Definition defined(String acronym) {
    return definitions.get(acronym);
  }

  /**
   * The long form of an acronym in lower case (defined here, else dictionary with evidence), or
   * null.
   */
  String longForm(String acronym) {
    Acronyms.Definition local = definitions.get(acronym);
    if (local != null) {
      return ConceptIdentity.name(local.longForm()).toLowerCase(Locale.ROOT);
    }
    String lf = stats.longForm(acronym);
    return lf != null && (stats.isEstablished(acronym) || usesWordsOf(lf)) ? lf : null;
  }

  /** Every content word of the long form occurs in the paper. */
  private boolean usesWordsOf(String longForm) {
    for (String w : longForm.split("[\\s-]+")) {
      String lower = w.toLowerCase(Locale.ROOT);
      if (!lower.isEmpty() && !Text.STOP.contains(lower) && !words.contains(Text.key(w))) {
        return false;
      }
    }
    return true;
  }
}
