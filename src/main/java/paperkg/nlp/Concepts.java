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
      List<Candidates.Candidate> candidates = Candidates.of(s);
      for (int k = 0; k < candidates.size(); k++) {
        Candidates.Candidate c = candidates.get(k);
        Candidates.Candidate next = k + 1 < candidates.size() ? candidates.get(k + 1) : null;
        Candidates.Candidate before = k > 0 ? candidates.get(k - 1) : null;
        // a conjunct sharing a head mentions the phrase it forms with it ("large language and
        // vision models": "large language models", "large vision models"); one that lacks the
        // other's leading modifiers ("vision models") is no mention of itself
        String sharedWhole = null;
        boolean piece = false;
        if (sharesHead(c, next)) {
          sharedWhole =
              expandedKey(isBinomial(c, next) ? joined(c, next) : withHead(c, next), defs);
        } else if (sharesHead(before, c) && isBinomial(before, c)) {
          sharedWhole = expandedKey(joined(before, c), defs);
        } else if (sharesHead(before, c) && before.end() - before.start() > 1) {
          sharedWhole = expandedKey(withModifiers(before, c), defs);
          piece = true;
        }
        List<String> containers = new ArrayList<>();
        containers.add(add(concepts, c, defs, false, sharedWhole, piece).key);
        // the phrase's tails are candidates too: the ranker learns how much a mention inside a
        // longer phrase counts
        for (int from = c.start() + 1; from + 2 <= c.end(); from++) {
          Concept tail = add(concepts, c.from(from), defs, true, null, false);
          if (isConstituent(c, from)) {
            tail.tails.add(new Concept.Tail(c.sentence(), List.copyOf(containers)));
          }
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
      Acronyms.Definition whole =
          parts.length > 1 ? defs.defined(Text.singularAcronym(t.word())) : null;
      for (int i = 0; i < parts.length; i++) {
        String part = parts[i];
        // "RNN-like", "GPT-style": a comparison, not a mention of the concept
        boolean likeness =
            i + 1 < parts.length && LIKENESS.contains(parts[i + 1].toLowerCase(Locale.ROOT));
        if ((tokens.size() > 1 || part.length() < t.word().length())
            && !likeness
            && Text.isAcronymLike(part)
            && spelledOutBy(whole, part, defs)) {
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

  /**
   * A part of a compound acronym the paper defines as a whole stands for its long form only when
   * the whole's definition spells that out: "Policy Filtration for Proximal Policy Optimization
   * (PF-PPO)" names proximal policy optimization, "Multi-Task GRPO (MT-GRPO)" names GRPO but not
   * machine translation (judged wrong on 2026-12-04), "DINO Spherical Autoencoder (DINO-SAE)" no
   * sparse autoencoder. A part of a compound the paper does not define ("Dual-LLM") keeps the long
   * form its own evidence gives. Judged replay (1,663 edges): the one wrong edge goes, no good one;
   * not expanding any part of a defined compound also lost "proximal policy optimization" on PF-PPO
   * (-3 good, -1 wrong).
   */
  private static boolean spelledOutBy(Acronyms.Definition whole, String part, PaperAcronyms defs) {
    if (whole == null) {
      return true;
    }
    String own = " " + ConceptIdentity.key(whole.longFormWords()) + " ";
    if (own.contains(" " + ConceptIdentity.key(part) + " ")) {
      return true;
    }
    String lf = defs.longForm(Text.singularAcronym(part));
    if (lf == null) {
      return false;
    }
    for (String w : lf.split("[\\s-]+")) {
      if (!w.isEmpty()
          && !Text.STOP.contains(w)
          && !own.contains(" " + ConceptIdentity.key(w) + " ")) {
        return false;
      }
    }
    return true;
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
   * The tail of {@code c} from token {@code from} is a constituent of the phrase, not a piece cut
   * out of a compound: the word it cuts off binds less to the tail's first word than that word
   * binds to the next, as corpus document frequencies of the two word pairs say (the adjacency
   * model of noun-compound bracketing). "diffusion model" of "video diffusion model" (276 papers
   * write "video diffusion", 917 "diffusion model") and "file system" of "device-scale file system"
   * are; "editing model" of "image editing model" (183 against 58), "agent learning" of "GUI agent
   * learning" (94 against 18) and "region transformer" of "masked region transformer" are not. Such
   * a tail is no mention for the topic selector ({@link Concept#tails}); the keyphrase ranker still
   * counts it ({@link Concept#tailCount}), so Inspec CV F1@10 stays 0.4012 (0.3995 when it was no
   * candidate at all). On the judged replay (2026-12-04) it drops four wrong edges ("agent
   * learning", "editing ability", "editing model", "region transformer"), two generic and one good
   * ("agent safety" of "AI agent safety"): kept precision 0.841 → 0.846; dev recall 0.404, broad
   * 0.767 → 0.772.
   */
  private boolean isConstituent(Candidates.Candidate c, int from) {
    List<Token> t = c.sentence().tokens();
    String cut = Text.key(t.get(from - 1).word());
    String first = Text.key(t.get(from).word());
    String second = Text.key(t.get(from + 1).word());
    return stats.phraseDf(List.of(cut, first)) <= stats.phraseDf(List.of(first, second));
  }

  /**
   * The two candidates are conjuncts sharing the second one's head: {@code first}, then "and"/"or",
   * then {@code second} of two or more words, where the first conjunct's last word with the shared
   * head is a phrase of the corpus ("language model" of "large language and vision models", "math
   * reasoning" of "math and code reasoning") and, when the first conjunct is itself a phrase, one
   * mostly followed by that head ("large language" is; "reinforcement learning" of "reinforcement
   * learning and control policies" is not). Read distributively, the first conjunct names itself
   * with the head ("large language models", "math reasoning"), and a second conjunct after a phrase
   * of several words names itself with that phrase's leading modifiers ("large vision models", not
   * the "vision model" the reader of 2406.12246 marked a fragment); after one word it names itself
   * ("code reasoning"). On the judged replay (2026-12-04) this drops that wrong edge and, by the
   * slots the new whole phrases take, two good ones; dev recall unchanged (0.404).
   */
  private boolean sharesHead(Candidates.Candidate first, Candidates.Candidate second) {
    if (first == null || second == null || second.end() - second.start() < 2) {
      return false;
    }
    List<Token> t = first.sentence().tokens();
    int and = first.end();
    if (second.start() != and + 1 || !t.get(and).pos().equals("CC")) {
      return false;
    }
    String w = t.get(and).word().toLowerCase(Locale.ROOT);
    if (!w.equals("and") && !w.equals("or")) {
      return false;
    }
    List<String> firstKeys = keys(first.words());
    String head = Text.key(t.get(second.end() - 1).word());
    String last = firstKeys.get(firstKeys.size() - 1);
    if (stats.phraseDf(List.of(last, head)) < CorpusStats.MIN_PHRASE_DF) {
      return false;
    }
    if (firstKeys.size() == 1) {
      return true;
    }
    List<String> whole = new ArrayList<>(firstKeys);
    whole.add(head);
    return 2 * stats.phraseDf(whole) >= stats.phraseDf(firstKeys);
  }

  /**
   * A one-word first conjunct that forms a compound with the whole second one: "vision and language
   * models" are vision-language models (the corpus writes "vision language model" more often than
   * "vision model": 113 papers against 61), unlike "math and code reasoning". Both conjuncts then
   * mention the compound. On the judged replay (2026-12-04) judged edges unchanged; Visual Riddles
   * (2407.19474) gets "vision-language model" instead of the fragment "vision model".
   */
  private boolean isBinomial(Candidates.Candidate first, Candidates.Candidate second) {
    if (first.end() - first.start() != 1) {
      return false;
    }
    List<String> compound = new ArrayList<>(keys(first.words()));
    compound.addAll(keys(second.words()));
    List<String> withHead = List.of(compound.get(0), compound.get(compound.size() - 1));
    int df = stats.phraseDf(compound);
    return df >= CorpusStats.MIN_PHRASE_DF && df >= stats.phraseDf(withHead);
  }

  /** Both conjuncts as one compound: "vision language models". */
  private static String joined(Candidates.Candidate first, Candidates.Candidate second) {
    return nameOf(first.tokens(), second.tokens());
  }

  /** The first conjunct's words with the shared head: "large language models". */
  private static String withHead(Candidates.Candidate first, Candidates.Candidate second) {
    List<Token> t = second.tokens();
    return nameOf(first.tokens(), t.subList(t.size() - 1, t.size()));
  }

  /**
   * The second conjunct with the first one's leading modifiers: "large vision models" of "large
   * language and vision models".
   */
  private static String withModifiers(Candidates.Candidate first, Candidates.Candidate second) {
    List<Token> t = first.tokens();
    return nameOf(t.subList(0, t.size() - 1), second.tokens());
  }

  /** The name of the words of {@code a} followed by those of {@code b}. */
  private static String nameOf(List<Token> a, List<Token> b) {
    List<Token> words = new ArrayList<>(a);
    words.addAll(b);
    return ConceptIdentity.name(words);
  }

  /**
   * Adds a mention of a candidate; a {@code tail} of a longer candidate counts apart from whole
   * mentions. A conjunct that shares a head ({@link #sharesHead}) also mentions {@code
   * sharedWhole}, the key of the phrase it forms with the shared words ("large language model"),
   * which the topic selector prefers where it is an entry (null for any other candidate); a {@code
   * piece} ("vision models" of "large language and vision models") is no mention of itself.
   */
  private Concept add(
      Map<String, Concept> concepts,
      Candidates.Candidate c,
      PaperAcronyms defs,
      boolean tail,
      String sharedWhole,
      boolean piece) {
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
    if (sharedWhole != null) {
      unstrippedKey = sharedWhole;
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
    if (!piece) {
      concept.mentionSentences.add(c.sentence());
    }
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
