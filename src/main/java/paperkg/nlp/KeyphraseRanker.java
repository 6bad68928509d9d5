package paperkg.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A paper's ranked keyphrases: its concepts mentioned whole or as the tail of a longer phrase, best
 * {@link KeyphraseModel} score first (ties: earlier sentence first), as written ({@link
 * Concept#surface}). How many depends on the ranker's confidence: the first {@value
 * #MIN_KEYPHRASES} always, then those scoring at least {@value #MIN_SCORE}, at most {@value
 * #KEYPHRASES} in all (on SciERC's 400 train+dev abstracts 13.8 on average instead of 20). A
 * concept only ever mentioned as the tail of a longer phrase is not listed below that phrase
 * ("voice conversion" under "statistical voice conversion"). After them come the paper's acronym
 * definitions as written, "belief propagation (BP)" ({@link #definedForms}). They stay
 * paper-specific; topics are chosen apart ({@link TopicSelector}).
 */
final class KeyphraseRanker {
  private KeyphraseRanker() {}

  static final int KEYPHRASES = 20;

  /** Listed whatever their score. */
  static final int MIN_KEYPHRASES = 5;

  /**
   * The ranker's probability below which a keyphrase past the first {@value #MIN_KEYPHRASES} is not
   * listed (docs/QUALITY.md: the SciERC precision/recall of other cuts).
   */
  static final double MIN_SCORE = 0.08;

  static List<Keyphrase> rank(List<Concept> concepts) {
    return rank(concepts, List.of());
  }

  /**
   * The ranked keyphrases, then the paper's acronym definitions as written ({@link #definedForms}),
   * after them.
   */
  static List<Keyphrase> rank(
      List<Concept> concepts, java.util.Collection<Acronyms.Definition> definitions) {
    List<Concept> all = new ArrayList<>();
    for (Concept c : concepts) {
      if (c.count > 0 || c.tailCount > 0) {
        all.add(c);
      }
    }
    all.sort(
        Comparator.<Concept>comparingDouble(c -> -c.keyScore).thenComparing(c -> c.first.index()));
    List<Keyphrase> out = new ArrayList<>();
    for (Concept c : listed(all, MIN_SCORE)) {
      out.add(new Keyphrase(c.surface(), Math.round(c.keyScore * 1000) / 1000.0));
    }
    double last = out.isEmpty() ? 0 : out.get(out.size() - 1).score();
    Set<String> seen = new HashSet<>();
    out.forEach(k -> seen.add(Text.phraseKey(List.of(k.text().split(" ")))));
    for (String form : definedForms(definitions)) {
      if (seen.add(Text.phraseKey(List.of(form.split(" "))))) {
        out.add(new Keyphrase(form, last));
      }
    }
    return out;
  }

  /**
   * Each acronym definition as the paper writes it, the noun phrase of the long form with the
   * acronym in parentheses and the nouns right after: "belief propagation (BP)", "information
   * extraction (IE) systems". The long form's concept is listed as usual; this form names it as the
   * paper introduces it.
   */
  static List<String> definedForms(java.util.Collection<Acronyms.Definition> definitions) {
    List<String> out = new ArrayList<>();
    for (Acronyms.Definition d : definitions) {
      List<Token> t = d.sentence().tokens();
      int start = d.start();
      int after = d.paren() + 3;
      int end = after;
      for (Candidates.Candidate c : Candidates.of(d.sentence())) {
        if (c.end() == d.paren() && c.start() < start) {
          start = c.start();
        }
        if (c.start() == after) {
          end = c.end();
        }
      }
      StringBuilder sb =
          new StringBuilder(String.join(" ", Token.words(t.subList(start, d.paren()))));
      sb.append(" (").append(t.get(d.paren() + 1).word()).append(")");
      if (end > after) {
        sb.append(' ').append(String.join(" ", Token.words(t.subList(after, end))));
      }
      out.add(sb.toString());
    }
    return out;
  }

  /**
   * The concepts listed, from the ranked ones: at most {@value #KEYPHRASES}, past {@value
   * #MIN_KEYPHRASES} only while their score is at least {@code minScore}, skipping a concept only
   * ever mentioned as the tail of a longer phrase when that phrase is listed above it.
   */
  static List<Concept> listed(List<Concept> ranked, double minScore) {
    List<Concept> out = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (Concept c : ranked) {
      if (out.size() >= KEYPHRASES || (out.size() >= MIN_KEYPHRASES && c.keyScore < minScore)) {
        break;
      }
      if (c.count == 0
          && c.tails.stream().anyMatch(t -> t.containers().stream().anyMatch(keys::contains))) {
        continue;
      }
      out.add(c);
      keys.add(c.key);
    }
    return out;
  }
}
