package paperkg.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Gathers a paper's concepts from its keyphrase candidates ({@link Candidates}): each candidate
 * with its leading generic modifiers dropped ({@link GenericWords#strip}), its tails of two or more
 * words ("sliding mode control" of "discrete output feedback sliding mode control"), and acronyms,
 * merged by identity ({@link ConceptIdentity#key}) with acronyms spelled out — defined in this
 * abstract, else from the corpus acronym dictionary — so "Large Language Models", "LLMs" and "LLM"
 * are one concept, and "asynchronous RL" is "asynchronous reinforcement learning".
 *
 * <p>Heuristic score: occurrences × corpus idf of the phrase × position (title 1.5, first abstract
 * sentence 1.2) × (1 + ln centrality), where centrality is the mean number of times the phrase's
 * words occur in this paper's candidates (a cheap stand-in for a TextRank word graph: "mental
 * health need" gains from "mental health" recurring). The learned ranker's score ({@link
 * KeyphraseModel}) is set from {@link ConceptFeatures}.
 */
final class Concepts {
  /** Hyphen suffixes that compare with a concept rather than name it ("RNN-like"). */
  private static final Set<String> LIKENESS = Set.of("like", "style", "inspired", "esque");

  private final CorpusStats stats;
  private final GenericWords generic;
  private final KeyphraseModel model;

  Concepts(CorpusStats stats, KeyphraseModel model) {
    this.stats = stats;
    this.generic = new GenericWords(stats);
    this.model = model;
  }

  GenericWords genericWords() {
    return generic;
  }

  /**
   * Every concept of the paper with its heuristic score, features and keyphrase score.
   *
   * @param methodNames lower-cased names of the paper's methods: a concept that only names one of
   *     them ("Orca" of "Orca 2") is a method, not a topic
   */
  List<Concept> of(
      Annotated a, Map<String, Acronyms.Definition> definitions, Set<String> methodNames) {
    PaperAcronyms defs = new PaperAcronyms(a, definitions, stats);
    Map<String, Concept> concepts = new LinkedHashMap<>();
    // how often each content word occurs in candidates of this paper: a phrase whose words recur is
    // central
    Map<String, Integer> wordCounts = new HashMap<>();
    for (Sentence s : a.sentences()) {
      for (Candidates.Candidate c : Candidates.of(s)) {
        List<String> containers = new ArrayList<>();
        containers.add(add(concepts, c, defs, false).key);
        // the phrase's tails are candidates too: the ranker learns how much a mention inside a
        // longer phrase counts
        for (int from = c.start() + 1; from + 2 <= c.end(); from++) {
          Concept tail = add(concepts, c.from(from), defs, true);
          tail.tails.add(new Concept.Tail(c.sentence(), List.copyOf(containers)));
          containers.add(tail.key);
        }
        embedded(c, defs).forEach(name -> mention(concepts, name, c.sentence()));
        for (Token t : c.tokens()) {
          wordCounts.merge(Text.key(t.word()), 1, Integer::sum);
        }
      }
    }
    for (Concept c : concepts.values()) {
      int df = stats.phraseDf(c.dfKeys);
      if (df == 0 && c.dfKeys.size() > 1) {
        df = CorpusStats.MIN_PHRASE_DF / 2;
      }
      double idf = Math.log((stats.docs() + 1.0) / (df + 1.0));
      double wordIdf = 0;
      for (String k : c.dfKeys) {
        wordIdf += stats.idf(k) / c.dfKeys.size();
      }
      double position = c.inTitle ? 1.5 : c.inFirst ? 1.2 : 1.0;
      c.centrality = centrality(c, wordCounts);
      c.score = c.count * idf * position * (1 + Math.log(c.centrality));
      // an acronym's long form (RLHF, CoT, PPO) is a technique even when the paper names it as a
      // method it uses
      if (!c.longForm && isMethodName(c, methodNames)) {
        c.nameOnly = true;
      }
      c.generic = !c.longForm && generic.allGeneric(c.dfKeys);
      c.idf = idf;
      c.wordIdf = wordIdf;
    }
    double max = 0;
    for (Concept c : concepts.values()) {
      max = Math.max(max, c.score);
    }
    int n = a.sentences().size();
    for (Concept c : concepts.values()) {
      c.features = ConceptFeatures.of(c, max, n, stats);
      c.keyScore = model.score(c.features);
    }
    return new ArrayList<>(concepts.values());
  }

  /**
   * Names of acronym concepts mentioned inside a longer candidate: an acronym with a long form as a
   * word or hyphen part ("LLM facilitators", "Dual-LLM"), or a known long form as a proper part of
   * the phrase ("diffusion large language models"). They make a paper about LLM agents also about
   * large language models.
   */
  List<String> embedded(Candidates.Candidate c, PaperAcronyms defs) {
    List<Token> tokens = c.tokens();
    List<String> out = new ArrayList<>();
    for (Token t : tokens) {
      String[] parts = t.word().split("-");
      for (int i = 0; i < parts.length; i++) {
        String part = parts[i];
        // "RNN-like", "GPT-style": a comparison, not a mention of the concept
        boolean likeness =
            i + 1 < parts.length && LIKENESS.contains(parts[i + 1].toLowerCase(Locale.ROOT));
        if ((tokens.size() > 1 || part.length() < t.word().length())
            && !likeness
            && Text.isAcronymLike(part)) {
          String lf = defs.longForm(Text.singularAcronym(part));
          if (lf != null) {
            out.add(lf);
          }
        }
      }
    }
    // longest spans first, and only spans not inside one already found: "large language models" is
    // not
    // also a mention of "language model"
    boolean[] covered = new boolean[tokens.size()];
    for (int len = tokens.size(); len >= 2; len--) {
      for (int from = 0; from + len <= tokens.size(); from++) {
        if (covered[from]
            || covered[from + len - 1]
            || !isLongFormSpan(tokens.subList(from, from + len), defs)) {
          continue;
        }
        Arrays.fill(covered, from, from + len, true);
        if (len < tokens.size()) {
          out.add(ConceptIdentity.name(tokens.subList(from, from + len)).toLowerCase(Locale.ROOT));
        }
      }
    }
    return out;
  }

  private boolean isLongFormSpan(List<Token> span, PaperAcronyms defs) {
    return stats.isLongForm(ConceptIdentity.key(ConceptIdentity.name(span)))
        || isKnownLongForm(Token.words(span), defs);
  }

  /**
   * The identity of a phrase with its acronyms spelled out: "asynchronous RL" and "asynchronous
   * reinforcement learning" are one concept (the first name seen is kept).
   */
  private String expandedKey(String name, PaperAcronyms defs) {
    List<String> out = new ArrayList<>();
    for (String w : name.split(" ")) {
      String lf = Text.isAcronymLike(w) ? defs.longForm(Text.singularAcronym(w)) : null;
      out.add(lf == null ? w : lf);
    }
    return ConceptIdentity.key(out);
  }

  /** An embedded mention ({@link #embedded}) of the concept named {@code name}. */
  private static void mention(Map<String, Concept> concepts, String name, Sentence s) {
    Concept concept = concepts.computeIfAbsent(ConceptIdentity.key(name), Concept::new);
    if (concept.name == null) {
      concept.name = name;
      concept.dfKeys = keys(List.of(name.split(" ")));
      concept.longForm = true;
      concept.first = s;
    }
    concept.embedded++;
    concept.mentionSentences.add(s);
    concept.inTitle |= s.index() == Annotator.TITLE;
  }

  /**
   * Adds a mention of a candidate; a {@code tail} of a longer candidate counts apart from whole
   * mentions.
   */
  private Concept add(
      Map<String, Concept> concepts, Candidates.Candidate c, PaperAcronyms defs, boolean tail) {
    List<Token> tokens = c.tokens();
    String key;
    String name;
    List<String> dfKeys;
    boolean longForm = false;
    boolean nameOnly = false;
    String text = c.text();
    String unstrippedKey = null;
    if (tokens.size() == 1 && Text.isAcronymLike(tokens.get(0).word())) {
      String acr = Text.singularAcronym(tokens.get(0).word());
      Acronyms.Definition local = defs.defined(acr);
      List<String> words = null;
      if (local != null) {
        words = Token.words(local.longForm());
        name = ConceptIdentity.name(local.longForm());
      } else if (defs.longForm(acr) != null) {
        name = defs.longForm(acr);
        words = List.of(name.split(" "));
      } else {
        name = acr;
        nameOnly = true;
      }
      if (words != null) {
        longForm = true;
        dfKeys = keys(words);
      } else {
        dfKeys = List.of(Text.key(acr));
      }
      key = ConceptIdentity.key(name);
    } else {
      // a known long form ("artificial intelligence" of AI) is kept whole
      List<Token> stripped =
          isKnownLongForm(c.words(), defs) ? c.tokens() : generic.strip(c.tokens(), c.sentence());
      List<String> words = Token.words(stripped);
      text = String.join(" ", words);
      name = ConceptIdentity.name(stripped);
      key = words.size() > 1 ? expandedKey(name, defs) : ConceptIdentity.key(name);
      dfKeys = keys(words);
      nameOnly = words.size() == 1 && Text.isNameLike(words.get(0));
      longForm = isKnownLongForm(words, defs);
      if (!tail && stripped.size() < tokens.size()) {
        // "efficient reasoning" is "reasoning" as a keyphrase, but may be a topic as a whole
        unstrippedKey = expandedKey(ConceptIdentity.name(tokens), defs);
      }
    }
    Concept concept = concepts.computeIfAbsent(key, Concept::new);
    if (unstrippedKey != null) {
      concept.unstripped.computeIfAbsent(unstrippedKey, k -> new ArrayList<>()).add(c.sentence());
    }
    if (concept.name == null || (longForm && !concept.longForm)) {
      concept.name = name;
      concept.dfKeys = dfKeys;
    }
    if (concept.first == null) {
      concept.first = c.sentence();
    }
    if (tail) {
      concept.tailCount++;
      if (concept.surfaces.isEmpty()) {
        concept.surfaces.add(c.text());
      }
      return concept;
    }
    concept.mentionSentences.add(c.sentence());
    concept.longForm |= longForm;
    concept.nameOnly = concept.count == 0 ? nameOnly : concept.nameOnly && nameOnly;
    concept.count++;
    concept.inTitle |= c.sentence().index() == Annotator.TITLE;
    concept.inFirst |= c.sentence().index() == 1;
    concept.surfaces.add(c.text());
    neighbour(concept, c.sentence().tokens(), c.start() - 1, "<");
    neighbour(concept, c.sentence().tokens(), c.end(), ">");
    concept.stripped |= !text.equals(c.text());
    if (text.equals(c.text())) {
      concept.plainSurfaces.add(c.text());
    }
    concept.adjectiveStart |= tokens.get(0).pos().startsWith("JJ");
    concept.pluralHead |= tokens.get(tokens.size() - 1).pos().endsWith("S");
    return concept;
  }

  /**
   * Records the word at {@code i} beside a whole mention when it is a content word ("<traveling").
   */
  private static void neighbour(Concept concept, List<Token> tokens, int i, String side) {
    if (i >= 0 && i < tokens.size()) {
      String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
      if (Text.hasLetter(w) && !Text.STOP.contains(w)) {
        concept.neighbours.merge(side + w, 1, Integer::sum);
      }
    }
  }

  /**
   * Mean in-paper count of the concept's words (at least 1); acronym concepts count their long form
   * words.
   */
  private static double centrality(Concept c, Map<String, Integer> wordCounts) {
    double sum = 0;
    for (String k : c.dfKeys) {
      sum += Math.max(1, wordCounts.getOrDefault(k, 1));
    }
    return c.dfKeys.isEmpty() ? 1 : sum / c.dfKeys.size();
  }

  private static boolean isMethodName(Concept c, Set<String> methodNames) {
    return c.surfaces.stream().anyMatch(surface -> EntityNames.isNameOf(methodNames, surface));
  }

  private boolean isKnownLongForm(List<String> words, PaperAcronyms defs) {
    String key = ConceptIdentity.key(words);
    for (Acronyms.Definition d : defs.definitions().values()) {
      if (ConceptIdentity.key(d.longFormWords()).equals(key)) {
        return true;
      }
    }
    if (words.size() == 1) {
      return false;
    }
    // the corpus dictionary's long forms: any acronym whose initials fit
    StringBuilder initials = new StringBuilder();
    for (String w : words) {
      for (String part : w.split("-")) {
        if (!part.isEmpty()) {
          initials.append(Character.toUpperCase(part.charAt(0)));
        }
      }
    }
    String lf = stats.longForm(initials.toString());
    return lf != null && ConceptIdentity.key(lf).equals(key);
  }

  /** Corpus df keys of words ({@link Text#key}). */
  static List<String> keys(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    for (String w : words) {
      out.add(Text.key(w));
    }
    return out;
  }
}
