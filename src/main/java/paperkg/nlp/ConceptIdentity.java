package paperkg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one identity of a concept (a keyphrase, a topic, an acronym's long form): its display {@link
 * #name} and its identity {@link #key}. Two phrases are one concept when their keys are equal:
 * case, hyphen or space, plural endings and British/American spelling do not matter
 * ("Vision-Language Models", "vision language model"; "optimisation", "optimization"). Acronym ↔
 * long form is resolved before, by whoever knows the paper's definitions ({@link Concepts}); this
 * class only names and keys the words it is given.
 *
 * <p>The lemma step is written for scientific vocabulary: "series", "species", "physics", "data"
 * and "analysis" stay as they are, "criteria" → "criterion", "hypotheses" → "hypothesis",
 * "technologies" → "technology", "movies" → "movie"; in "X of Y" only X is the head ("mixtures of
 * experts" → "mixture of experts"), and a hyphenated compound with a connector
 * ("mixture-of-experts") is left whole.
 */
final class ConceptIdentity {
  private ConceptIdentity() {}

  private static final Set<String> INVARIANT =
      Set.of(
          "series",
          "species",
          "news",
          "data",
          "means",
          "corpus",
          "chaos",
          "lens",
          "bias",
          "canvas",
          "gas",
          "atlas",
          "alias",
          "status",
          "apparatus",
          "consensus",
          "thesaurus",
          "virus",
          "radius",
          "focus",
          "bonus",
          "census",
          "genus",
          "campus",
          "nexus",
          "plus",
          "minus",
          "versus",
          "previous",
          "various");

  private static final Map<String, String> IRREGULAR =
      Map.ofEntries(
          Map.entry("criteria", "criterion"),
          Map.entry("phenomena", "phenomenon"),
          Map.entry("hypotheses", "hypothesis"),
          Map.entry("analyses", "analysis"),
          Map.entry("theses", "thesis"),
          Map.entry("syntheses", "synthesis"),
          Map.entry("diagnoses", "diagnosis"),
          Map.entry("indices", "index"),
          Map.entry("matrices", "matrix"),
          Map.entry("vertices", "vertex"),
          Map.entry("appendices", "appendix"),
          Map.entry("formulae", "formula"),
          Map.entry("axes", "axis"),
          Map.entry("children", "child"),
          Map.entry("men", "man"),
          Map.entry("women", "woman"),
          Map.entry("mice", "mouse"),
          Map.entry("geese", "goose"),
          Map.entry("teeth", "tooth"),
          Map.entry("feet", "foot"),
          Map.entry("curricula", "curriculum"),
          Map.entry("media", "media"),
          Map.entry("optima", "optimum"),
          Map.entry("maxima", "maximum"),
          Map.entry("minima", "minimum"),
          Map.entry("spectra", "spectrum"),
          Map.entry("strata", "stratum"),
          Map.entry("loci", "locus"),
          Map.entry("stimuli", "stimulus"),
          Map.entry("nuclei", "nucleus"),
          Map.entry("radii", "radius"),
          Map.entry("bases", "basis"),
          Map.entry("crises", "crisis"),
          Map.entry("ellipses", "ellipsis"),
          // nouns in -s take -es: the stemmer's "biases" → "biase" named a corpus topic "cognitive
          // biase"; in the corpus "bias" is written 420 times, "biase" never (likewise lens, focus)
          Map.entry("biases", "bias"),
          Map.entry("aliases", "alias"),
          Map.entry("lenses", "lens"),
          Map.entry("canvases", "canvas"),
          Map.entry("atlases", "atlas"),
          Map.entry("gases", "gas"),
          Map.entry("buses", "bus"),
          Map.entry("viruses", "virus"),
          Map.entry("bonuses", "bonus"),
          Map.entry("corpuses", "corpus"),
          Map.entry("statuses", "status"),
          Map.entry("consensuses", "consensus"),
          Map.entry("campuses", "campus"),
          Map.entry("focuses", "focus"));

  /** Nouns in -ie whose plural is not -y + s: "movies" is "movie", not "movy". */
  private static final Set<String> IE_NOUNS =
      Set.of(
          "movie",
          "cookie",
          "zombie",
          "selfie",
          "calorie",
          "rookie",
          "pie",
          "tie",
          "lie",
          "genie",
          "hoodie",
          "smoothie",
          "prairie",
          "sortie",
          "eerie",
          "goalie",
          "freebie",
          "newbie",
          "techie",
          "indie",
          "lingerie");

  /** Words that join a hyphenated compound whose head is not at its end ("mixture-of-experts"). */
  private static final Set<String> CONNECTORS =
      Set.of(
          "of", "to", "and", "as", "a", "an", "the", "in", "for", "with", "by", "on", "or", "from");

  private static final Pattern BRITISH_ISE =
      Pattern.compile("(\\p{L}{3,})is(e|es|ed|ing|er|ers|ation|ations)$");
  private static final Pattern BRITISH_OUR = Pattern.compile("(\\p{L}{3,})our(s|ed|ing|al)?$");
  private static final Pattern BRITISH_LL = Pattern.compile("(\\p{L}{2,}[ea])ll(ing|ed|er|ers)$");
  private static final Pattern BRITISH_RE = Pattern.compile("(\\p{L}{2,}[^aeiou])re(s?)$");

  /**
   * The display name of a phrase: lower case except name-like words (GPT-4, LLM, 3D), the head's
   * plural folded, with the tokens' CoreNLP lemma for the head when it is a common plural noun.
   */
  static String name(List<Token> tokens) {
    List<String> words = Token.words(tokens);
    int head = headIndex(words);
    Token h = tokens.get(head);
    String lemma = h.lemma();
    // CoreNLP's lemma knows irregular plurals ("hypotheses", "formulas") but says "data" → "datum"
    // and
    // "mixture-of-experts" → "mixture-of-expert": only plain-letter lemmas of plural nouns are
    // taken
    boolean usable =
        (h.pos().equals("NNS") || h.pos().equals("NNPS"))
            && lemma != null
            && !lemma.isEmpty()
            && !Text.isNameLike(h.word())
            && lemma.chars().allMatch(Character::isLetter)
            && !INVARIANT.contains(h.word().toLowerCase(Locale.ROOT))
            && !lemma.equals("datum");
    return name(words, usable ? singular(lemma) : null);
  }

  /** {@link #name(List)} for plain words (an acronym dictionary's long form, a tail of a name). */
  static String nameOfWords(List<String> words) {
    return name(words, null);
  }

  private static String name(List<String> words, String headLemma) {
    int head = headIndex(words);
    List<String> out = new ArrayList<>(words.size());
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      // names keep their case, but not a shouted ordinary word ("HOSPITAL")
      boolean keepCase =
          Text.isNameLike(w) && !(w.length() >= 7 && w.chars().allMatch(Character::isUpperCase));
      if (i == head) {
        out.add(keepCase ? Text.singularAcronym(w) : headLemma != null ? headLemma : singular(w));
      } else {
        out.add(keepCase ? w : w.toLowerCase(Locale.ROOT));
      }
    }
    return String.join(" ", out);
  }

  /**
   * The head of a noun phrase: the word before the first structural word ("mixture" of "mixture of
   * experts").
   */
  static int headIndex(List<String> words) {
    for (int i = 1; i < words.size(); i++) {
      if (Text.STOP.contains(words.get(i).toLowerCase(Locale.ROOT))) {
        return i - 1;
      }
    }
    return words.size() - 1;
  }

  /**
   * The identity key of a name or surface form: lower case, hyphens as spaces, every word singular
   * and in American spelling. Not for display: "mixture of experts" keys as "mixture of expert".
   */
  static String key(String phrase) {
    StringBuilder sb = new StringBuilder(phrase.length());
    int start = -1;
    for (int i = 0; i <= phrase.length(); i++) {
      boolean boundary = i == phrase.length() || isWordBreak(phrase.charAt(i));
      if (boundary && start >= 0) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(WORD_KEYS.apply(phrase.substring(start, i)));
        start = -1;
      } else if (!boundary && start < 0) {
        start = i;
      }
    }
    return sb.toString();
  }

  /** One word of a key: singular, American spelling. */
  private static final WordMemo<String> WORD_KEYS =
      new WordMemo<>(w -> american(singular(w.toLowerCase(Locale.ROOT))));

  /** What the key treats as a space: regex {@code \\s}, ASCII hyphen, U+2010, U+2011, en dash. */
  private static boolean isWordBreak(char c) {
    return c == ' '
        || c == '\t'
        || c == '\n'
        || c == '\u000B'
        || c == '\f'
        || c == '\r'
        || c == '-'
        || c == '‐'
        || c == '‑'
        || c == '–';
  }

  /**
   * The key with word breaks removed: "variational auto-encoder" and "variational autoencoder",
   * "back-propagation" and "backpropagation" are one topic. Used where whole concepts are compared
   * (the topic vocabulary), not inside a paper's phrase structure.
   */
  static String compactKey(String phrase) {
    return key(phrase).replace(" ", "");
  }

  /** The key of a list of words ({@link #key(String)} of them joined). */
  static String key(List<String> words) {
    return key(String.join(" ", words));
  }

  /**
   * The singular of one ordinary word, lower case ("technologies" → "technology", "series" stays).
   */
  static String singular(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    int hyphen = w.lastIndexOf('-');
    if (hyphen > 0) {
      for (String part : w.split("-")) {
        if (CONNECTORS.contains(part)) {
          return w; // "mixture-of-experts", "text-to-images": the head is not the last part
        }
      }
      return w.substring(0, hyphen + 1) + singular(w.substring(hyphen + 1));
    }
    String irregular = IRREGULAR.get(w);
    if (irregular != null) {
      return irregular;
    }
    if (w.length() < 4
        || INVARIANT.contains(w)
        || Text.STOP.contains(w)
        || w.endsWith("ss")
        || w.endsWith("us")
        || w.endsWith("is")
        || w.endsWith("ics")
        || w.endsWith("ous")
        || !w.endsWith("s")) {
      return w;
    }
    if (w.endsWith("ies") && IE_NOUNS.contains(w.substring(0, w.length() - 1))) {
      return w.substring(0, w.length() - 1);
    }
    return Text.key(w);
  }

  /**
   * British spellings folded to American, for keys only ("optimisation", "behaviour", "modelling",
   * "centre").
   */
  /**
   * A cheap test before the four patterns: every British ending they rewrite, and the three
   * suffixes below, end in one of these letters.
   */
  private static boolean mayBeBritish(String w) {
    char last = w.charAt(w.length() - 1);
    return last == 'e'
        || last == 's'
        || last == 'd'
        || last == 'g'
        || last == 'r'
        || last == 'l'
        || last == 'n';
  }

  static String american(String word) {
    if (word.length() < 6 || !mayBeBritish(word)) {
      return word;
    }
    String w = BRITISH_ISE.matcher(word).replaceFirst("$1iz$2");
    w = BRITISH_OUR.matcher(w).replaceFirst("$1or$2");
    w = BRITISH_LL.matcher(w).replaceFirst("$1l$2");
    w = BRITISH_RE.matcher(w).replaceFirst("$1er$2");
    if (w.endsWith("yse")) {
      w = w.substring(0, w.length() - 3) + "yze";
    }
    if (w.endsWith("ogue")) {
      w = w.substring(0, w.length() - 2);
    }
    if (w.endsWith("amme")) {
      w = w.substring(0, w.length() - 2);
    }
    return w;
  }
}
