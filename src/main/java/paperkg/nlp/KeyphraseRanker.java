package paperkg.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A paper's ranked keyphrases: its concepts mentioned whole or as the tail of a longer phrase, best
 * {@link KeyphraseModel} score first (ties: earlier sentence first), as written ({@link
 * Concept#surface}). How many depends on the ranker's confidence: the first {@value
 * #MIN_KEYPHRASES} always, then those scoring at least {@value #MIN_SCORE}, at most {@value
 * #KEYPHRASES} in all (on SciERC's 400 train+dev abstracts 13.8 on average instead of 20). A
 * concept only ever mentioned as the tail of a longer phrase is not listed below that phrase
 * ("voice conversion" under "statistical voice conversion"). After them come a few phrases as the
 * paper writes them around its concepts: acronym definitions, "belief propagation (BP)"; "X of Y",
 * "tracking of complex non-rigid motions"; gerunds with their objects, "detecting 3D objects". They
 * stay paper-specific; topics are chosen apart ({@link TopicSelector}).
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
    return rank(concepts, List.of(), List.of(), null);
  }

  /** At most this many phrases of each kind after the listed keyphrases ({@link #rank}). */
  static final int EXTRA = 5;

  /**
   * The ranked keyphrases, then, after them, phrases the paper writes around its concepts: its
   * acronym definitions as written ({@link #definedForms}), "X of Y" phrases ({@link #ofPhrases})
   * and gerunds with their objects ({@link #gerundPhrases}), each once.
   */
  static List<Keyphrase> rank(
      List<Concept> concepts,
      java.util.Collection<Acronyms.Definition> definitions,
      List<Sentence> sentences,
      GenericWords generic) {
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
    // after the listed ones, with the last one's score: the list stays best first
    double last = out.isEmpty() ? 0 : out.get(out.size() - 1).score();
    Set<String> seen = new HashSet<>();
    out.forEach(k -> seen.add(Text.phraseKey(List.of(k.text().split(" ")))));
    List<String> extra = new ArrayList<>(definedForms(definitions, generic));
    List<List<Candidates.Candidate>> candidates = candidates(sentences);
    extra.addAll(ofPhrases(candidates));
    extra.addAll(gerundPhrases(candidates));
    for (String form : extra) {
      if (seen.add(Text.phraseKey(List.of(form.split(" "))))) {
        out.add(new Keyphrase(form, last));
      }
    }
    return out;
  }

  /** Each sentence's candidates, found once for the passes over them below. */
  static List<List<Candidates.Candidate>> candidates(List<Sentence> sentences) {
    List<List<Candidates.Candidate>> out = new ArrayList<>();
    sentences.forEach(s -> out.add(Candidates.of(s)));
    return out;
  }

  /** A head noun naming an action or a result: "tracking", "interpolation", "assessment". */
  private static final Pattern ACTION = Pattern.compile(".*(ing|ion|ment|sis|ure)s?");

  /**
   * "X of Y" noun phrases, X a candidate whose head names an action and Y the candidate right after
   * "of" (or "of a", "of the"): "tracking of complex non-rigid motions", "class-dependent
   * interpolation of N-grams", "compact description of a video sequence"; the first {@value
   * #EXTRA}. Without the head condition most are quantities ("a set of features", "the number of
   * states"): on SciERC a quarter as precise.
   */
  static List<String> ofPhrases(List<List<Candidates.Candidate>> candidates) {
    List<String> out = new ArrayList<>();
    for (List<Candidates.Candidate> cs : candidates) {
      for (Candidates.Candidate x : cs) {
        List<Token> t = x.sentence().tokens();
        int of = x.end();
        if (of + 1 >= t.size()
            || !t.get(of).word().equalsIgnoreCase("of")
            || !ACTION.matcher(t.get(of - 1).word().toLowerCase(Locale.ROOT)).matches()) {
          continue;
        }
        int from = of + 1;
        String det = t.get(from).word().toLowerCase(Locale.ROOT);
        if (det.equals("a") || det.equals("the")) {
          from++;
        }
        for (Candidates.Candidate y : cs) {
          if (y.start() == from && out.size() < EXTRA) {
            out.add(String.join(" ", Token.words(t.subList(x.start(), y.end()))));
          }
        }
      }
    }
    return out;
  }

  /**
   * A gerund (not hyphenated, perhaps after an adverb) right after a preposition, with the
   * candidate it takes as object: "detecting 3D objects" of "a method for detecting 3D objects",
   * "automatically identifying predicate argument structures"; the first {@value #EXTRA}.
   */
  static List<String> gerundPhrases(List<List<Candidates.Candidate>> candidates) {
    List<String> out = new ArrayList<>();
    for (List<Candidates.Candidate> cs : candidates) {
      for (Candidates.Candidate y : cs) {
        List<Token> t = y.sentence().tokens();
        int g = y.start() - 1;
        if (g < 1 || !t.get(g).pos().equals("VBG") || t.get(g).word().contains("-")) {
          continue;
        }
        int b = t.get(g - 1).pos().equals("RB") ? g - 2 : g - 1;
        if (b >= 0 && t.get(b).pos().equals("IN") && out.size() < EXTRA) {
          out.add(String.join(" ", Token.words(t.subList(b + 1, y.end()))));
        }
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
    return definedForms(definitions, null);
  }

  /**
   * {@link #definedForms(java.util.Collection)}, the noun phrase without the leading generic
   * modifiers that {@code generic} drops ("belief propagation (BP)" of "standard belief propagation
   * (BP)"; null: none dropped).
   */
  static List<String> definedForms(
      java.util.Collection<Acronyms.Definition> definitions, GenericWords generic) {
    List<String> out = new ArrayList<>();
    for (Acronyms.Definition d : definitions) {
      List<Token> t = d.sentence().tokens();
      int start = d.start();
      int after = d.paren() + 3;
      int end = after;
      for (Candidates.Candidate c : Candidates.of(d.sentence())) {
        if (c.end() == d.paren() && c.start() < start) {
          int from = c.start();
          if (generic != null) {
            from = c.end() - generic.strip(c.tokens(), c.sentence()).size();
          }
          start = Math.min(start, modifiersFrom(t, from, d.start()));
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
   * Where the modifiers of a long form begin: the words between {@code from} and the long form's
   * {@code start}, read leftwards, up to the first noun. A noun there names the long form rather
   * than modifying it ("the term large language models (LLMs)"), so it is not part of the form.
   */
  private static int modifiersFrom(List<Token> t, int from, int start) {
    int i = start;
    while (i > from && !t.get(i - 1).pos().startsWith("NN")) {
      i--;
    }
    return i;
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
