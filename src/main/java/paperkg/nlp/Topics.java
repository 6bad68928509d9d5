package paperkg.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Ranks keyphrase candidates and normalizes them into topics.
 *
 * <p>Identity of a concept: words lower-cased, the head's plural folded ({@link Text#key}), hyphens as
 * spaces; an acronym maps to its long form — defined in this abstract, else from the corpus acronym
 * dictionary — so "Large Language Models", "LLMs" and "LLM" are one concept. Score: occurrences × corpus
 * idf of the phrase × position (title 1.5, first abstract sentence 1.2) × (1 + ln centrality), where
 * centrality is the mean number of times the phrase's words occur in this paper's candidates (a cheap
 * stand-in for a TextRank word graph: "mental health need" gains from "mental health" recurring); scaled so
 * the best is 1.
 *
 * <p>Generic words come from corpus statistics, not a hand list: a word is generic when it is in ≥ {@value
 * #COMMON} of documents, or in ≥ {@value #FREQUENT} of them without repeating within them (burstiness below
 * {@value #BURSTY}: "approach" 1.2, "results" 1.2 vs "agent" 3.5, "diffusion" 2.4). Leading generic
 * modifiers that do not collocate with the rest ("novel framework") are dropped; a concept made only of
 * generic words is not a topic unless the corpus knows it as an acronym's long form ("language model").
 */
final class Topics {
  static final double COMMON = 0.6;
  static final double FREQUENT = 0.01;
  static final double BURSTY = 2.0;
  /** A modifier this common is dropped even before a rare phrase ("novel digestive corpus"). */
  static final double VERY_COMMON = 0.1;
  /** A leading generic modifier stays when ≥ this share of the rest's documents have it in front. */
  static final double COLLOCATION = 0.25;

  static final int MAX = 10;
  /** Ranked keyphrases kept per paper (topics are the best {@value #MAX} of them, normalized). */
  static final int KEYPHRASES = 20;
  static final int MIN = 3;
  static final int ANCHORS = 3;
  /** A phrase this common in the corpus is a concept of its own, fit to be a broader topic. */
  static final int BROADER_DF = 20;
  static final int OUTSIDE = 3;

  private final CorpusStats stats;
  private final KeyphraseModel model;

  Topics(CorpusStats stats, KeyphraseModel model) {
    this.stats = stats;
    this.model = model;
  }

  /** One normalized concept seen in a paper. */
  static final class Concept {
    final String key;
    String name;
    List<String> dfKeys;
    boolean longForm;
    boolean nameOnly;
    int count;
    boolean inTitle;
    boolean inFirst;
    Sentence first;
    final Set<String> surfaces = new LinkedHashSet<>();
    double score;
    boolean generic;
    double idf;
    double wordIdf;
    double centrality;
    double[] features;
    boolean stripped;
    boolean adjectiveStart;
    boolean pluralHead;
    /** Mentions inside longer phrases: "LLM" of "LLM agents", "large language model" of "clinical ...". */
    int embedded;
    /** Mentions as the tail of a longer candidate. */
    int tailCount;
    /** The learned ranker's probability that this concept is a keyphrase. */
    double keyScore;

    Concept(String key) {
      this.key = key;
    }
  }

  record Result(List<Keyphrase> keyphrases, List<TopicMention> topics) {}

  /**
   * @param methodNames lower-cased names of the paper's methods: a concept that only names one of them
   *     ("Orca" of "Orca 2") is a method, not a topic
   */
  Result rank(Annotated a, Map<String, Acronyms.Definition> defs, Set<String> methodNames) {
    List<Concept> scored = concepts(a, defs, methodNames);
    List<Concept> ranked = new ArrayList<>();
    List<Concept> reserve = new ArrayList<>();
    for (Concept c : scored) {
      if (c.count > 0) {
        (c.generic ? reserve : ranked).add(c);
      }
    }
    Comparator<Concept> byScore =
        Comparator.<Concept>comparingDouble(c -> -c.score).thenComparing(c -> c.first.index());
    ranked.sort(byScore);
    reserve.sort(byScore);
    double max = ranked.isEmpty() ? 1 : ranked.get(0).score;

    List<Keyphrase> keyphrases = new ArrayList<>();
    List<Concept> all = new ArrayList<>();
    for (Concept c : scored) {
      if (c.count > 0 || c.tailCount > 0) {
        all.add(c);
      }
    }
    all.sort(Comparator.<Concept>comparingDouble(c -> -c.keyScore).thenComparing(c -> c.first.index()));
    for (Concept c : all.subList(0, Math.min(KEYPHRASES, all.size()))) {
      keyphrases.add(new Keyphrase(surface(c), round(c.keyScore)));
    }
    List<Concept> chosen = new ArrayList<>();
    for (Concept c : ranked) {
      if (!c.nameOnly && chosen.size() < MAX) {
        chosen.add(c);
      }
    }
    // a paper always gets MIN topics: fall back to names, then to generic concepts
    for (Concept c : ranked) {
      if (c.nameOnly && chosen.size() < MIN) {
        chosen.add(c);
      }
    }
    for (Concept c : reserve) {
      if (chosen.size() < MIN) {
        chosen.add(c);
      }
    }
    addAnchors(scored, chosen);
    List<TopicMention> topics = new ArrayList<>();
    for (Concept c : chosen) {
      List<String> alt = new ArrayList<>();
      for (String s : c.surfaces) {
        if (!s.equalsIgnoreCase(c.name)) {
          alt.add(s);
        }
      }
      topics.add(new TopicMention(c.name, alt, round(c.score / max), topics.size() + 1, c.first.text(),
          broader(c, chosen)));
    }
    return new Result(keyphrases, topics);
  }

  /** Every concept of the paper with its heuristic score, features and keyphrase score. */
  List<Concept> concepts(Annotated a, Map<String, Acronyms.Definition> defs, Set<String> methodNames) {
    Map<String, Concept> concepts = new LinkedHashMap<>();
    // how often each content word occurs in candidates of this paper: a phrase whose words recur is central
    Map<String, Integer> wordCounts = new java.util.HashMap<>();
    for (Sentence s : a.sentences()) {
      for (Candidates.Candidate c : Candidates.of(s)) {
        add(concepts, c, defs, false);
        // the phrase's tails are candidates too ("sliding mode control" of "discrete output feedback sliding
        // mode control"): the ranker learns how much a mention inside a longer phrase counts
        for (int from = c.start() + 1; from + 2 <= c.end(); from++) {
          add(concepts, c.from(from), defs, true);
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
        df = CorpusStatsBuilder.MIN_PHRASE_DF / 2;
      }
      double idf = Math.log((stats.docs() + 1.0) / (df + 1.0));
      double wordIdf = 0;
      for (String k : c.dfKeys) {
        wordIdf += stats.idf(k) / c.dfKeys.size();
      }
      double position = c.inTitle ? 1.5 : c.inFirst ? 1.2 : 1.0;
      c.centrality = centrality(c, wordCounts);
      c.score = c.count * idf * position * (1 + Math.log(c.centrality));
      if (isMethodName(c, methodNames)) {
        c.nameOnly = true;
      }
      c.generic = isGeneric(c);
      c.idf = idf;
      c.wordIdf = wordIdf;
    }
    double max = 0;
    for (Concept c : concepts.values()) {
      max = Math.max(max, c.score);
    }
    int n = a.sentences().size();
    for (Concept c : concepts.values()) {
      c.features = features(c, max, n);
      c.keyScore = model.score(c.features);
    }
    return new ArrayList<>(concepts.values());
  }

  /** The ranker's inputs, in the order of {@link KeyphraseModel#FEATURES}. */
  private double[] features(Concept c, double max, int sentences) {
    int words = c.dfKeys.size();
    double minIdf = Double.MAX_VALUE;
    for (String k : c.dfKeys) {
      minIdf = Math.min(minIdf, stats.idf(k));
    }
    String text = surface(c);
    return new double[] {
      1,
      Math.log(1 + c.count),
      c.idf / 10,
      c.wordIdf / 10,
      minIdf / 10,
      words == 1 ? 1 : 0,
      words == 2 ? 1 : 0,
      words == 3 ? 1 : 0,
      words >= 4 ? 1 : 0,
      c.inTitle ? 1 : 0,
      c.inFirst ? 1 : 0,
      c.first.index() / (double) Math.max(1, sentences),
      c.generic ? 1 : 0,
      c.nameOnly ? 1 : 0,
      c.longForm ? 1 : 0,
      Math.log(c.centrality),
      c.stripped ? 1 : 0,
      max == 0 ? 0 : c.score / max,
      text.indexOf(' ') < 0 && Text.isAcronymLike(text) ? 1 : 0,
      text.indexOf('-') >= 0 ? 1 : 0,
      Text.hasDigit(text) ? 1 : 0,
      Character.isUpperCase(text.charAt(0)) && !c.inTitle && c.first.index() != 1 ? 1 : 0,
      words > 1 && stats.phraseDf(c.dfKeys) > 0 ? 1 : 0,
      Math.log(Math.max(1, c.surfaces.size())),
      c.adjectiveStart ? 1 : 0,
      c.pluralHead ? 1 : 0,
      Math.log(1 + c.count + c.tailCount),
      c.count == 0 ? 1 : 0
    };
  }

  /**
   * The concept a topic specializes, by head containment: the longest proper tail of its name that is
   * another topic of the paper, or a phrase of at least two words in ≥ {@value #BROADER_DF} corpus papers
   * that is not made of generic words only and occurs in at least {@value #OUTSIDE} times as many papers as
   * the topic itself ("offline reinforcement learning" → "reinforcement learning", not "novel framework" →
   * "framework", not "group relative policy optimization" → "relative policy optimization"). Empty when
   * there is none.
   */
  List<String> broader(Concept c, List<Concept> topics) {
    List<String> words = List.of(c.name.split(" "));
    if (words.stream().anyMatch(w -> Text.STOP.contains(w.toLowerCase(Locale.ROOT)))) {
      return List.of(); // "reinforcement learning with verifiable reward": the head is not at the end
    }
    int df = Math.max(1, stats.phraseDf(c.dfKeys));
    for (int from = 1; from < words.size(); from++) {
      List<String> tail = words.subList(from, words.size());
      String key = Text.looseKey(String.join(" ", tail).toLowerCase(Locale.ROOT));
      for (Concept t : topics) {
        if (t != c && t.key.equals(key)) {
          return List.of(t.name);
        }
      }
      List<String> keys = keys(tail);
      boolean generic = keys.stream().allMatch(this::isGenericWord) && !stats.isLongForm(key);
      // and it lives outside the narrower phrase: "relative policy optimization" is nearly always "group ..."
      int tailDf = stats.phraseDf(keys);
      if (tail.size() >= 2 && !generic && tailDf >= BROADER_DF && tailDf >= OUTSIDE * df) {
        return List.of(String.join(" ", tail));
      }
    }
    return List.of();
  }

  /**
   * Well-defined concepts — an acronym's long form — that the paper names in its title or at least twice
   * (also inside longer phrases) are topics even when the top-{@value #MAX} cut missed them: a paper on
   * "LLM facilitators" is one of the papers about large language models. At most {@value #ANCHORS} more.
   */
  private static void addAnchors(List<Concept> scored, List<Concept> chosen) {
    List<Concept> anchors = new ArrayList<>();
    for (Concept c : scored) {
      if (c.longForm && !c.nameOnly && !chosen.contains(c) && (c.inTitle || c.count + c.embedded >= 2)) {
        anchors.add(c);
      }
    }
    anchors.sort(Comparator.<Concept>comparingInt(c -> -(c.count + c.embedded)));
    chosen.addAll(anchors.subList(0, Math.min(ANCHORS, anchors.size())));
  }

  /**
   * Names of acronym concepts mentioned inside a longer candidate: an acronym with a long form as a word or
   * hyphen part ("LLM facilitators", "Dual-LLM"), or a known long form as a proper part of the phrase
   * ("diffusion large language models"). They make a paper about LLM agents also about large language models.
   */
  List<String> embedded(Candidates.Candidate c, Map<String, Acronyms.Definition> defs) {
    List<Token> tokens = c.tokens();
    List<String> out = new ArrayList<>();
    for (Token t : tokens) {
      for (String part : t.word().split("-")) {
        if ((tokens.size() > 1 || part.length() < t.word().length()) && Text.isAcronymLike(part)) {
          String lf = longForm(Text.singularAcronym(part), defs);
          if (lf != null) {
            out.add(lf);
          }
        }
      }
    }
    // longest spans first, and only spans not inside one already found: "large language models" is not
    // also a mention of "language model"
    boolean[] covered = new boolean[tokens.size()];
    for (int len = tokens.size(); len >= 2; len--) {
      for (int from = 0; from + len <= tokens.size(); from++) {
        if (covered[from] || covered[from + len - 1] || !isLongFormSpan(tokens.subList(from, from + len), defs)) {
          continue;
        }
        java.util.Arrays.fill(covered, from, from + len, true);
        if (len < tokens.size()) {
          out.add(canonical(tokens.subList(from, from + len)).toLowerCase(Locale.ROOT));
        }
      }
    }
    return out;
  }

  private boolean isLongFormSpan(List<Token> span, Map<String, Acronyms.Definition> defs) {
    String key = Text.looseKey(canonical(span).toLowerCase(Locale.ROOT));
    return stats.isLongForm(key) || isKnownLongForm(words(span), defs);
  }

  /**
   * The identity of a phrase with its acronyms spelled out: "asynchronous RL" and "asynchronous
   * reinforcement learning" are one concept (the first name seen is kept).
   */
  private String expandedKey(String name, Map<String, Acronyms.Definition> defs) {
    List<String> out = new ArrayList<>();
    for (String w : name.split(" ")) {
      String lf = Text.isAcronymLike(w) ? longForm(Text.singularAcronym(w), defs) : null;
      out.add(lf == null ? w : lf);
    }
    return Text.looseKey(String.join(" ", out).toLowerCase(Locale.ROOT));
  }

  /** The long form of an acronym: defined in this paper, else from the corpus dictionary, else null. */
  private String longForm(String acronym, Map<String, Acronyms.Definition> defs) {
    Acronyms.Definition local = defs.get(acronym);
    if (local != null) {
      return canonical(local.longForm()).toLowerCase(Locale.ROOT);
    }
    return stats.longForm(acronym);
  }

  /** An embedded mention ({@link #embedded}) of the concept named {@code name}. */
  private void mention(Map<String, Concept> concepts, String name, Sentence s) {
    Concept concept = concepts.computeIfAbsent(Text.looseKey(name), Concept::new);
    if (concept.name == null) {
      concept.name = name;
      concept.dfKeys = keys(List.of(name.split(" ")));
      concept.longForm = true;
      concept.first = s;
    }
    concept.embedded++;
    concept.inTitle |= s.index() == Annotator.TITLE;
  }

  /** Adds a mention of a candidate; a {@code tail} of a longer candidate counts apart from whole mentions. */
  private void add(
      Map<String, Concept> concepts, Candidates.Candidate c, Map<String, Acronyms.Definition> defs, boolean tail) {
    List<Token> tokens = c.tokens();
    String key;
    String name;
    List<String> dfKeys;
    boolean longForm = false;
    boolean nameOnly = false;
    String text = c.text();
    if (tokens.size() == 1 && Text.isAcronymLike(tokens.get(0).word())) {
      String acr = Text.singularAcronym(tokens.get(0).word());
      Acronyms.Definition local = defs.get(acr);
      List<String> words = null;
      if (local != null) {
        List<Token> lf = local.longForm();
        words = words(lf);
        name = canonical(lf);
      } else if (stats.longForm(acr) != null) {
        name = stats.longForm(acr);
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
      key = Text.looseKey(name.toLowerCase(Locale.ROOT));
    } else {
      // a known long form ("artificial intelligence" of AI) is kept whole
      List<Token> stripped = isKnownLongForm(c.words(), defs) ? c.tokens() : stripGeneric(c.tokens(), c.sentence());
      List<String> words = words(stripped);
      text = String.join(" ", words);
      name = canonical(stripped);
      key = words.size() > 1 ? expandedKey(name, defs) : Text.looseKey(name.toLowerCase(Locale.ROOT));
      dfKeys = keys(words);
      nameOnly = words.size() == 1 && Text.isNameLike(words.get(0));
      longForm = isKnownLongForm(words, defs);
    }
    Concept concept = concepts.computeIfAbsent(key, Concept::new);
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
      return;
    }
    concept.longForm |= longForm;
    concept.nameOnly = concept.count == 0 ? nameOnly : concept.nameOnly && nameOnly;
    concept.count++;
    concept.inTitle |= c.sentence().index() == Annotator.TITLE;
    concept.inFirst |= c.sentence().index() == 1;
    concept.surfaces.add(c.text());
    concept.stripped |= !text.equals(c.text());
    concept.adjectiveStart |= tokens.get(0).pos().startsWith("JJ");
    concept.pluralHead |= tokens.get(tokens.size() - 1).pos().endsWith("S");
  }

  /** The keyphrase text of a concept: its first surface form that is not a bare acronym ("SEMs"). */
  static String surface(Concept c) {
    for (String s : c.surfaces) {
      if (s.indexOf(' ') > 0 || !Text.isAcronymLike(s)) {
        return s;
      }
    }
    // a bare acronym reads better, and matches what people write, as its long form: AMHS → automated ...
    return c.longForm ? c.name : c.surfaces.iterator().next();
  }

  /** Mean in-paper count of the concept's words (at least 1); acronym concepts count their long form words. */
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


  private boolean isKnownLongForm(List<String> words, Map<String, Acronyms.Definition> defs) {
    String loose = Text.looseKey(canonicalWords(words).toLowerCase(Locale.ROOT));
    for (Acronyms.Definition d : defs.values()) {
      if (Text.looseKey(canonicalWords(d.longFormWords()).toLowerCase(Locale.ROOT)).equals(loose)) {
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
    return lf != null && Text.looseKey(lf).equals(loose);
  }

  /**
   * Drops leading modifiers that are generic and do not collocate with the rest of the phrase ("novel
   * framework", "extensive experiments"; not "large language model"). Only adjectives and participles go —
   * a leading noun belongs to a compound ("capacity density") — except in the title, where CoreNLP tags
   * capitalized adjectives as proper nouns ("Comprehensive Survey"): there a word goes only when the rest is
   * a known phrase.
   */
  List<Token> stripGeneric(List<Token> tokens, Sentence s) {
    int start = 0;
    while (tokens.size() - start > 1) {
      Token first = tokens.get(start);
      String k = Text.key(first.word());
      if (!isGenericWord(k) || Text.isNameLike(first.word())) {
        break;
      }
      List<String> rest = keys(words(tokens.subList(start + 1, tokens.size())));
      List<String> all = keys(words(tokens.subList(start, tokens.size())));
      int restDf = stats.phraseDf(rest);
      boolean adjective = first.pos().startsWith("JJ") || first.pos().equals("VBN") || first.pos().equals("VBG");
      boolean titleWord = s.index() == Annotator.TITLE && first.pos().startsWith("NNP") && restDf > 0;
      if (!adjective && !titleWord) {
        break;
      }
      // the modifier collocates with what follows it: "large language model (agents)" keeps "large"; past
      // three words only the first three are compared, the df table holds no longer phrases
      List<String> lead = all.subList(0, Math.min(3, all.size()));
      int followDf = stats.phraseDf(rest.subList(0, lead.size() - 1));
      if (restDf > 0 && stats.phraseDf(lead) >= COLLOCATION * followDf) {
        break;
      }
      // the rest is rare: only a very common modifier ("novel", "existing") goes, "structural" stays
      if (restDf == 0 && stats.share(k) < VERY_COMMON) {
        break;
      }
      start++;
    }
    return tokens.subList(start, tokens.size());
  }

  static List<String> words(List<Token> tokens) {
    List<String> out = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      out.add(t.word());
    }
    return out;
  }

  boolean isGenericWord(String key) {
    double share = stats.share(key);
    return share >= COMMON || (share >= FREQUENT && stats.burstiness(key) < BURSTY);
  }

  private boolean isGeneric(Concept c) {
    if (c.longForm) {
      return false;
    }
    for (String k : c.dfKeys) {
      if (!isGenericWord(k)) {
        return false;
      }
    }
    return true;
  }

  static List<String> keys(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    for (String w : words) {
      out.add(Text.key(w));
    }
    return out;
  }

  /**
   * Canonical name: lower case except name-like words (GPT-4, LLM), head plural folded ("Large Language
   * Models" → "large language model", "LLM facilitators" → "LLM facilitator").
   */
  static String canonical(List<Token> tokens) {
    List<String> words = words(tokens);
    Token head = tokens.get(tokens.size() - 1);
    String lemma = head.lemma();
    // CoreNLP's lemma knows irregular plurals ("hypotheses", "formulas"); "data" → "datum" is not wanted
    if ((head.pos().equals("NNS") || head.pos().equals("NNPS")) && lemma != null && !lemma.equals("datum")
        && !Text.isNameLike(head.word()) && lemma.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-')
        && !lemma.isEmpty()) {
      List<String> out = new ArrayList<>(words.subList(0, words.size() - 1));
      out.add(lemma.toLowerCase(Locale.ROOT));
      String head2 = canonicalWords(out);
      return head2;
    }
    return canonicalWords(words);
  }

  /** {@link #canonical(List)} for plain words, the head folded by {@link Text#key}. */
  static String canonicalWords(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      // names keep their case, but not a shouted ordinary word ("HOSPITAL")
      boolean keepCase = Text.isNameLike(w)
          && !(w.length() >= 7 && w.chars().allMatch(Character::isUpperCase));
      if (i == words.size() - 1) {
        out.add(keepCase ? Text.singularAcronym(w) : Text.key(w));
      } else {
        out.add(keepCase ? w : w.toLowerCase(Locale.ROOT));
      }
    }
    return String.join(" ", out);
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
