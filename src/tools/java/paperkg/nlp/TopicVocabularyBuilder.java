package paperkg.nlp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Developer tool, not a test: decides the shipped topic vocabulary ({@code topic-vocabulary.tsv})
 * from a corpus of abstracts (JSONL with {@code title} and {@code abstract}, e.g. the 9,868 HF
 * daily papers) in seconds, with {@link CheapTokenizer} (no CoreNLP): phrases of 2–5 words within a
 * clause, acronyms spelled out with the corpus dictionary ("LLM agents" counts for "large language
 * model"). Whether a phrase is a noun phrase is decided where it is used: a paper's topics are its
 * CoreNLP noun-phrase concepts that are entries ({@link TopicSelector}), so a verb phrase in the
 * vocabulary never matches anything.
 *
 * <p>A phrase is a topic when it
 *
 * <ul>
 *   <li>recurs: in ≥ {@value #MIN_PAPERS} papers;
 *   <li>is complete: no single content word stands right before or right after more than {@value
 *       #MAX_NEIGHBOUR} of its mentions ("salesman problem" is nearly always preceded by
 *       "traveling", "large language" followed by "model");
 *   <li>is not generic: a paper that names it tends to name it again (≥ {@value #MIN_REPEAT}
 *       mentions per paper on average: "wide range", "novel framework" are named once), and papers
 *       are titled by it (≥ {@value #MIN_TITLE_SHARE} of the papers naming it have it in the title:
 *       "real world", "extensive experiments", "latent space" are said in abstracts, rarely in
 *       titles). Word-level tests ({@link GenericWords}) do not fit here: "reinforcement" is rarely
 *       repeated because "RL" replaces it.
 *   <li>starts and ends with a content word and has no name-like word (a model or product name is a
 *       method); a single hyphenated word must not be generic ({@link GenericWords}) and be in
 *       titles twice as often, unless it is a corpus acronym's long form ("chain-of-thought").
 *       Hyphens and spaces key alike, so a phrase counts as one hyphenated word when most of its
 *       mentions write it so ("fine-tuning"; not "question answering", though some papers write
 *       "question-answering").
 * </ul>
 *
 * Then, over the entries (2026-12-02, issue 10: readers judged such entries wrong):
 *
 * <ul>
 *   <li>not a truncation: an entry more than half of whose mentions go on, across any one or two
 *       words, into a longer entry is dropped ("large vision" → "large vision language model"),
 *       {@link #dropTruncations};
 *   <li>a noun phrase, by CoreNLP's tags of its mentions in the corpus annotation cache (third
 *       argument, an {@code AnnotationCache} file; without it this test is skipped): the last word
 *       a noun or gerund in ≥ half of the mentions ("beyond final", "creating new", "fine-grained
 *       visual" are not), no word mostly a preposition/determiner/pronoun/conjunction/modal, no
 *       first word mostly a finite or base verb ("improve instruction"); {@link PosProfile}.
 *   <li>not the tail of a hyphenated compound: more than {@value #MAX_HYPHEN_TAIL} of its mentions
 *       right after a hyphen-joined word ("language action" of "vision-language-action"), {@link
 *       #dropHyphenTails} (2026-12-03: 24 entries; dev recall 0.389 unchanged, judged edges 70 good
 *       / 66 wrong / 14 generic dropped against 67 / 65 / 13 before).
 *   <li>not a modifier: followed by a noun (CoreNLP's tags) in more than {@value
 *       #MAX_NOUN_FOLLOWED} of its tagged mentions ("vision-language-action", "general audio"),
 *       {@link #dropModifiers} (2026-12-04: 126 entries; dev recall 0.410 → 0.409, specific 0.256 →
 *       0.254; judged replay kept precision 0.835 unchanged, strict readers 0.740 → 0.747).
 * </ul>
 *
 * The {@code broader} column is left empty: BROADER is decided by the second step, {@link
 * TopicHierarchyBuilder} ({@link BroaderRules}), which rewrites that column. Entries whose keys
 * differ only by word breaks are merged (the more frequent name wins).
 *
 * <p>Usage: {@code java -cp target/test-classes:target/classes:target/lib/*
 * paperkg.nlp.TopicVocabularyBuilder corpus.jsonl
 * src/main/resources/paperkg/nlp/topic-vocabulary.tsv /work/stores/cache/annotations.jsonl.gz}
 * (then {@link TopicHierarchyBuilder}); {@code -Ddrops=FILE} writes the dropped entries with the
 * reason.
 */
public final class TopicVocabularyBuilder {
  static final int MIN_PAPERS = 5;
  static final int MAX_WORDS = 5;
  static final double MAX_NEIGHBOUR = 0.5;
  static final double MIN_REPEAT = 1.3;
  static final double MIN_TITLE_SHARE = 0.08;

  /**
   * A phrase in fewer than {@value #MIN_PAPERS} papers is a topic when it is a title this often.
   */
  static final int MIN_TERM_PAPERS = 3;

  static final double MIN_TERM_TITLE_SHARE = 0.4;

  /** Titled this often, a phrase needs only {@value #MIN_REPEAT_TITLED} mentions per paper. */
  static final double TITLED = 0.12;

  static final double MIN_REPEAT_TITLED = 1.1;

  /**
   * A dominant neighbour makes a truncation unless this share of mentions (and {@value #MIN_REST})
   * are without it.
   */
  static final double MIN_REST_SHARE = 0.1;

  static final int MIN_REST = 10;

  /**
   * Followed by a content word this often, a phrase is a modifier: "artificial intelligence" 0.70,
   * "natural language" 0.79; frequent topics are at most 0.36 ("video generation"; "large language
   * model" 0.25).
   */
  static final double MAX_MODIFIER_SHARE = 0.6;

  /** The modifier test is for concepts in this share of the corpus papers (3 %: 296 of 9,868). */
  static final double UMBRELLA_SHARE = 0.03;

  private int corpusSize;

  public static void main(String[] args) throws Exception {
    List<String> texts = CorpusTexts.read(Path.of(args[0]));
    long t0 = System.nanoTime();
    PosProfile pos = args.length > 2 ? PosProfile.load(Path.of(args[2])) : PosProfile.NONE;
    TopicVocabularyBuilder builder =
        new TopicVocabularyBuilder(CorpusStats.load(), TopicFields.load());
    List<String> lines = builder.build(texts, pos);
    Files.write(Path.of(args[1]), lines, StandardCharsets.UTF_8);
    String drops = System.getProperty("drops");
    if (drops != null) {
      List<String> out = new ArrayList<>();
      builder.dropped.forEach((k, v) -> out.add(k + "\t" + v));
      Files.write(Path.of(drops), out, StandardCharsets.UTF_8);
    }
    String rejects = System.getProperty("rejects");
    if (rejects != null) {
      List<String> out = new ArrayList<>();
      builder.rejected.forEach((k, v) -> out.add(k + "\t" + v));
      Files.write(Path.of(rejects), out, StandardCharsets.UTF_8);
    }
    System.err.printf(
        "%d papers -> %d entries in %.1f s%n",
        texts.size(), lines.size() - 2, (System.nanoTime() - t0) / 1e9);
  }

  private final CorpusStats stats;
  private final GenericWords generic;
  private final TopicFields fields;

  TopicVocabularyBuilder(CorpusStats stats, TopicFields fields) {
    this.stats = stats;
    this.generic = new GenericWords(stats);
    this.fields = fields;
  }

  /** Aggregates of one phrase over the corpus. */
  static final class Stat {
    final String key;
    int papers;
    int mentions;

    /**
     * Papers whose title names it: a topic is what papers are titled by ("real world" rarely is).
     */
    int titles;

    final Map<String, Integer> names = new HashMap<>();
    final Map<String, Integer> neighbours = new HashMap<>();

    /**
     * Keys of the next one and two words (structural words too): "language model", "and language".
     */
    final Map<String, Integer> right = new HashMap<>();

    final Set<Integer> docs = new HashSet<>();
    String name;

    /**
     * The words of the form it is mostly written in: one hyphenated word ("fine-tuning") or a
     * phrase ("question answering", though some papers write "question-answering").
     */
    List<String> words;

    /** Mentions written as one hyphenated word, and the first phrase-form mention's words. */
    int oneWord;

    List<String> phraseWords;

    Stat(String key) {
      this.key = key;
    }
  }

  /**
   * Phrases in ≥ {@value #MIN_TERM_PAPERS} papers that the statistics rejected, with the reason.
   */
  final Map<String, String> rejected = new LinkedHashMap<>();

  /** Entries the well-formedness and coherence tests dropped, with the reason, in order. */
  final Map<String, String> dropped = new LinkedHashMap<>();

  List<String> build(List<String> texts) throws java.io.IOException {
    return build(texts, PosProfile.NONE);
  }

  List<String> build(List<String> texts, PosProfile pos) throws java.io.IOException {
    corpusSize = texts.size();
    Map<String, Stat> stats = new HashMap<>();
    List<Map<String, Integer>> docFields = new ArrayList<>();
    for (int d = 0; d < texts.size(); d++) {
      Map<String, Stat> inDoc = new HashMap<>();
      Set<Stat> inTitle = new HashSet<>();
      List<String> all = new ArrayList<>();
      String text = texts.get(d);
      int titleEnd = text.indexOf(".\n");
      int clauseNo = 0;
      int titleClauses =
          titleEnd < 0 ? 0 : CheapTokenizer.clauses(text.substring(0, titleEnd)).size();
      for (List<String> raw : CheapTokenizer.clauses(text)) {
        boolean title = clauseNo++ < titleClauses;
        all.addAll(raw);
        List<String> clause = expand(raw);
        for (int i = 0; i < clause.size(); i++) {
          // one hyphenated word of two or more parts is a phrase too: "chain-of-thought",
          // "fine-tuning"
          int shortest = clause.get(i).indexOf('-') > 0 ? 1 : 2;
          for (int n = shortest; n <= MAX_WORDS && i + n <= clause.size(); n++) {
            List<String> span = clause.subList(i, i + n);
            if (!isPhrase(span)) {
              continue;
            }
            String key = ConceptIdentity.key(span);
            Stat st = stats.computeIfAbsent(key, Stat::new);
            st.mentions++;
            st.names.merge(ConceptIdentity.nameOfWords(span), 1, Integer::sum);
            if (n == 1) {
              st.oneWord++;
              if (st.words == null) {
                st.words = List.copyOf(span);
              }
            } else if (st.phraseWords == null) {
              st.phraseWords = List.copyOf(span);
            }
            neighbour(st, clause, i - 1, "<");
            neighbour(st, clause, i + n, ">");
            for (int m = 1; m <= 2 && i + n + m <= clause.size(); m++) {
              st.right.merge(
                  ConceptIdentity.key(clause.subList(i + n, i + n + m)), 1, Integer::sum);
            }
            inDoc.put(key, st);
            if (title) {
              inTitle.add(st);
            }
          }
        }
      }
      inTitle.forEach(st -> st.titles++);
      for (Stat st : inDoc.values()) {
        st.papers++;
        st.docs.add(d);
      }
      docFields.add(fields.evidence(all));
    }
    Map<String, Stat> vocab = new LinkedHashMap<>();
    Map<String, Stat> byCompact = new HashMap<>();
    List<Stat> sorted = new ArrayList<>(stats.values());
    sorted.sort(Comparator.<Stat>comparingInt(s -> -s.papers).thenComparing(s -> s.key));
    Set<String> fieldKeys = new HashSet<>();
    fields.fields().forEach(f -> fieldKeys.add(ConceptIdentity.compactKey(f.name())));
    for (Stat s : sorted) {
      if (s.papers < MIN_TERM_PAPERS) {
        break;
      }
      // the form of the first mention decided this before (2026-12-04): "question answering" (587
      // papers) then took the one-word tests when its first paper wrote "question-answering"
      if (s.phraseWords != null && 2 * s.oneWord <= s.mentions) {
        s.words = s.phraseWords;
      }
      s.name =
          s.names.entrySet().stream()
              .max(
                  Map.Entry.<String, Integer>comparingByValue()
                      .thenComparing(e -> e.getKey(), Comparator.<String>reverseOrder()))
              .orElseThrow()
              .getKey();
      String compact = s.key.replace(" ", "");
      String why = fieldKeys.contains(compact) ? "a field" : rejection(s);
      if (why == null && !byCompact.containsKey(compact)) {
        byCompact.put(compact, s);
        vocab.put(s.key, s);
      } else if (why != null) {
        rejected.put(s.key, why);
      }
    }
    dropFragments(vocab);
    dropped.clear();
    dropTruncations(vocab, dropped);
    Set<String> scanned = new HashSet<>(vocab.keySet());
    pos.scan(scanned);
    dropNonNouns(vocab, pos, dropped);
    Set<String> fieldNames = new HashSet<>();
    fields.fields().forEach(f -> fieldNames.add(ConceptIdentity.key(f.name())));
    dropVerbObjects(vocab, fieldNames, pos, this.stats::isLongForm, dropped);
    dropHyphenTails(vocab, texts, dropped);
    dropModifiers(vocab, pos, dropped);
    byCompact.values().removeIf(st -> !vocab.containsKey(st.key));
    Map<String, Set<Integer>> fieldDocs = new HashMap<>();
    for (int d = 0; d < docFields.size(); d++) {
      for (Map.Entry<String, Integer> e : docFields.get(d).entrySet()) {
        if (e.getValue() >= TopicFields.MIN_EVIDENCE) {
          fieldDocs.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(d);
        }
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add("#name\tlevel\tpapers\tbroader\talt\ttitles");
    lines.add(
        "# decided by TopicVocabularyBuilder from "
            + texts.size()
            + " corpus papers; fields: topic-fields.tsv");
    for (TopicFields.Field f : fields.fields()) {
      lines.add(
          f.name() + "\tfield\t" + fieldDocs.getOrDefault(f.name(), Set.of()).size() + "\t\t");
    }
    for (Stat s : vocab.values()) {
      List<String> alt = new ArrayList<>();
      s.names.entrySet().stream()
          .filter(e -> !e.getKey().equals(s.name) && e.getValue() >= 2)
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
          .limit(3)
          .forEach(e -> alt.add(e.getKey()));
      lines.add(
          s.name
              + "\ttopic\t"
              + s.papers
              + "\t\t" // broader: TopicHierarchyBuilder's
              + String.join("|", alt)
              + "\t"
              + s.titles);
    }
    return lines;
  }

  /**
   * Acronyms with a dictionary long form spelled out ("LLM agents" → "large language model
   * agents").
   */
  private List<String> expand(List<String> clause) {
    List<String> out = new ArrayList<>(clause.size());
    for (String w : clause) {
      String lf = Text.isAcronymLike(w) ? stats.longForm(Text.singularAcronym(w)) : null;
      if (lf == null) {
        out.add(w);
      } else {
        out.addAll(List.of(lf.split(" ")));
      }
    }
    return out;
  }

  /**
   * Content words at both ends, structural words only inside long forms, no name-like or digit-only
   * word.
   */
  private boolean isPhrase(List<String> span) {
    String first = span.get(0).toLowerCase(java.util.Locale.ROOT);
    String last = span.get(span.size() - 1).toLowerCase(java.util.Locale.ROOT);
    if (Text.STOP.contains(first) || Text.STOP.contains(last)) {
      return false;
    }
    for (String w : span) {
      if (!Text.hasLetter(w)
          || (Text.isNameLike(w) && !w.matches("\\d[dD]"))
          || Text.STOP.contains(w.toLowerCase(java.util.Locale.ROOT))
              && !stats.isLongForm(ConceptIdentity.key(span))) {
        return false;
      }
    }
    return true;
  }

  /** Share of mentions followed by a content word: the phrase modifies another noun there. */
  static double modifierShare(Stat s) {
    int after = 0;
    for (Map.Entry<String, Integer> e : s.neighbours.entrySet()) {
      if (e.getKey().startsWith(">")) {
        after += e.getValue();
      }
    }
    return after / (double) Math.max(1, s.mentions);
  }

  private static void neighbour(Stat st, List<String> clause, int i, String side) {
    if (i >= 0 && i < clause.size()) {
      String w = clause.get(i).toLowerCase(java.util.Locale.ROOT);
      if (Text.hasLetter(w) && !Text.STOP.contains(w)) {
        st.neighbours.merge(side + Text.key(w), 1, Integer::sum);
      }
    }
  }

  boolean isTopic(Stat s) {
    return rejection(s) == null;
  }

  /** Why {@code s} is no topic by its corpus statistics, or null when it is one. */
  String rejection(Stat s) {
    if (s.papers < MIN_PAPERS
        && (s.papers < MIN_TERM_PAPERS || s.titles < MIN_TERM_TITLE_SHARE * s.papers)) {
      return String.format("rare: %d papers, %d titles", s.papers, s.titles);
    }
    // a very broad concept used mostly as a modifier of other nouns ("AI agents", "AI systems";
    // "natural language instructions") is an umbrella, not what a paper is about; a rarer one
    // names a sub-area ("deep research agents" 0.79, "time series forecasting" 0.86)
    // so is one hyphenated word ("key-value cache", "experience-driven agent"): an adjective
    if ((s.papers >= UMBRELLA_SHARE * corpusSize || s.words.size() == 1)
        && modifierShare(s) >= MAX_MODIFIER_SHARE) {
      return String.format("modifier %.2f", modifierShare(s));
    }
    boolean longForm = stats.isLongForm(s.key);
    // one hyphenated word is often an adjective ("state-of-the-art", "in-distribution"): it must
    // not be generic by itself, and be a title word twice as often, unless it is the long form of
    // a corpus acronym ("chain-of-thought" CoT, 16 % titles; "mixture-of-experts" MoE)
    if (s.words.size() == 1
        && !longForm
        && (generic.isGeneric(Text.key(s.words.get(0)))
            || s.titles < 2 * MIN_TITLE_SHARE * s.papers)) {
      return String.format("hyphenated word: %d titles of %d papers", s.titles, s.papers);
    }
    // a phrase that papers are often titled by is a term even when an abstract names it once
    // ("causal inference": 7 papers, 1.14 mentions each, 1 title)
    boolean repeated =
        s.mentions >= MIN_REPEAT * s.papers
            || s.titles >= TITLED * s.papers && s.mentions >= MIN_REPEAT_TITLED * s.papers;
    if (!longForm && (!repeated || s.titles < MIN_TITLE_SHARE * s.papers)) {
      return String.format(
          "generic: %.2f mentions per paper, %d titles of %d papers",
          s.mentions / (double) s.papers, s.titles, s.papers);
    }
    for (Map.Entry<String, Integer> e : s.neighbours.entrySet()) {
      int k = e.getValue();
      // one neighbour dominates ("salesman problem" ← "traveling") unless the phrase is common
      // without it too ("speech recognition" ← "automatic" 203 of 231, 28 without; "preference
      // optimization" ← "direct" 356 of 524)
      if (k > MAX_NEIGHBOUR * s.mentions
          && s.mentions - k < Math.max(MIN_REST_SHARE * s.mentions, MIN_REST)) {
        return String.format("incomplete: %s in %d of %d mentions", e.getKey(), k, s.mentions);
      }
    }
    return null;
  }

  /**
   * One word is a noun when tagged NN/NNS in this share of its tagged mentions ({@link
   * PosProfile#notNoun}).
   */
  static final double MIN_WORD_NOUN = 0.9;

  /**
   * Entries that are mostly the end of a longer entry across a structural word ("verifiable reward"
   * of "reinforcement learning with verifiable reward", "human feedback" of "reinforcement learning
   * from human feedback"): the neighbour test sees only content words.
   */
  static void dropFragments(Map<String, Stat> vocab) {
    List<String> fragments = new ArrayList<>();
    for (Stat y : vocab.values()) {
      for (Stat x : vocab.values()) {
        if (x.key.endsWith(" " + y.key)) {
          String[] before = x.key.substring(0, x.key.length() - y.key.length() - 1).split(" ");
          if (Text.STOP.contains(before[before.length - 1])
              && x.mentions >= MAX_NEIGHBOUR * y.mentions) {
            fragments.add(y.key);
            break;
          }
        }
      }
    }
    fragments.forEach(vocab::remove);
  }

  /**
   * Entries whose mentions mostly go on into a longer entry ("large vision" of "large vision
   * language model": 26 of 41 mentions go on with "language"): the neighbour test keeps a phrase
   * that is common without its dominant neighbour, but a phrase that is mostly the start of a
   * longer entry is that entry cut short. Right side only: a leading modifier makes a sub-area
   * ("automatic speech recognition" keeps "speech recognition").
   */
  static void dropTruncations(Map<String, Stat> vocab, Map<String, String> dropped) {
    List<String> cut = new ArrayList<>();
    for (Stat y : vocab.values()) {
      for (Map.Entry<String, Integer> e : y.right.entrySet()) {
        if (e.getValue() <= MAX_NEIGHBOUR * y.mentions) {
          continue;
        }
        String longer = y.key + " " + e.getKey();
        String hit = null;
        for (String k : vocab.keySet()) {
          if (k.equals(longer) || k.startsWith(longer + " ")) {
            hit = k;
            break;
          }
        }
        if (hit != null) {
          cut.add(y.key);
          dropped.put(
              y.key, String.format("truncation: %d/%d -> %s", e.getValue(), y.mentions, hit));
          break;
        }
      }
    }
    cut.forEach(vocab::remove);
  }

  /**
   * A phrase that its mentions in the corpus show to be no noun phrase ({@link
   * PosProfile#notNounPhrase}: "beyond final", "creating new", "model handle", "thinking make") is
   * dropped: {@link CheapTokenizer} cuts n-grams, not phrases. Structural words of long forms
   * ("with" of "reinforcement learning with verifiable reward") are not tested.
   */
  static void dropNonNouns(Map<String, Stat> vocab, PosProfile pos, Map<String, String> dropped)
      throws java.io.IOException {
    List<String> bad = new ArrayList<>();
    for (Stat s : vocab.values()) {
      String why =
          s.key.indexOf(' ') < 0 && s.words.get(0).indexOf('-') < 0
              ? pos.notNoun(s.key)
              : pos.notNounPhrase(s.key, modifierShare(s));
      if (why != null) {
        bad.add(s.key);
        dropped.put(
            s.key, String.format("not a noun phrase: %s; modifier %.2f", why, modifierShare(s)));
      }
    }
    bad.forEach(vocab::remove);
  }

  /**
   * An entry whose first word is an -ing form tagged a verb (VBG) in most of its mentions and whose
   * remainder is itself an entry is a verb with its object ("enhancing large language model",
   * "scaling diffusion transformer", "evaluating reward model"), not a topic: a gerund that names a
   * kind of thing modifies a remainder that is no entry ("talking head", "coding agent", "sliding
   * window attention") or is mostly tagged a noun ("reasoning language model", "streaming video
   * generation" 9 VBG of 27), or begins with a shorter entry ("talking video generation": "talking
   * video"). A field is an entry too ("scaling reinforcement learning"); an entry rarely tagged in
   * context goes by its first word's tags over the cache ("empowering multimodal large language
   * model": "empowering" VBG in all its tokens). The long form of a corpus acronym is a named term
   * and stays ("referring video object segmentation": RVOS).
   */
  static void dropVerbObjects(
      Map<String, Stat> vocab,
      Set<String> fieldNames,
      PosProfile pos,
      java.util.function.Predicate<String> longForm,
      Map<String, String> dropped) {
    List<String> bad = new ArrayList<>();
    for (Stat s : vocab.values()) {
      int space = s.key.indexOf(' ');
      if (space < 0 || !s.key.substring(0, space).endsWith("ing") || longForm.test(s.key)) {
        continue;
      }
      String rest = s.key.substring(space + 1);
      double vbg = pos.firstWordShare(s.key, "VBG");
      if ((vocab.containsKey(rest) || fieldNames.contains(rest))
          && vbg > 0.5
          && !startsWithEntry(s.key, vocab)) {
        bad.add(s.key);
        dropped.put(s.key, String.format("verb + object: VBG %.2f, object %s", vbg, rest));
      }
    }
    bad.forEach(vocab::remove);
  }

  /**
   * An entry more than this share of whose mentions are the tail of a hyphenated compound (the word
   * before its first word is joined to it by a hyphen) is a fragment of that compound.
   */
  static final double MAX_HYPHEN_TAIL = 0.5;

  /**
   * Fewer mentions (hyphen or space joined) than this are no evidence for {@link #dropHyphenTails}.
   */
  static final int MIN_HYPHEN_MENTIONS = 5;

  /**
   * Entries that are mostly the end of a hyphenated compound: "language action" (290 of its 305
   * mentions follow "vision-"), "action model" (118 of 171: "vision-language-action model",
   * "world-action model"), "view image" (92 of 100: "multi-view image"), "agent system" (168 of
   * 253: "multi-agent system"). {@link CheapTokenizer} keeps a hyphenated word as one token, so the
   * neighbour and truncation tests never see the part before the hyphen; the selector matches such
   * an entry inside the compound and readers judged "language action" on a vision-language-action
   * paper wrong (issue 10). Here the corpus text is read with hyphenated words cut into their
   * parts, and an entry's mentions are counted where its parts spell it ("language-action" and
   * "language action" alike), with and without a hyphen-joined word right before it. A sub-area
   * named with a leading modifier keeps its entry as long as most mentions stand alone ("language
   * model": "vision-language model" is a minority of its mentions).
   */
  static void dropHyphenTails(
      Map<String, Stat> vocab, List<String> texts, Map<String, String> dropped) {
    Map<String, String> byParts = new HashMap<>();
    int longest = 2;
    for (String k : vocab.keySet()) {
      String[] parts = k.split("[ -]");
      if (parts.length >= 2) {
        byParts.put(String.join(" ", parts), k);
        longest = Math.max(longest, parts.length);
      }
    }
    Map<String, int[]> seen = new HashMap<>();
    for (String text : texts) {
      for (List<String> clause : CheapTokenizer.clauses(text)) {
        List<String> parts = new ArrayList<>();
        List<Boolean> joined = new ArrayList<>();
        for (String w : clause) {
          String[] ps = w.split("-");
          for (int j = 0; j < ps.length; j++) {
            if (!ps[j].isEmpty()) {
              parts.add(ConceptIdentity.key(ps[j]));
              joined.add(j > 0);
            }
          }
        }
        for (int i = 0; i < parts.size(); i++) {
          StringBuilder sb = new StringBuilder(parts.get(i));
          for (int n = 2; n <= longest && i + n <= parts.size(); n++) {
            sb.append(' ').append(parts.get(i + n - 1));
            String k = byParts.get(sb.toString());
            if (k != null) {
              int[] c = seen.computeIfAbsent(k, x -> new int[2]);
              c[0]++;
              if (joined.get(i)) {
                c[1]++;
              }
            }
          }
        }
      }
    }
    List<String> bad = new ArrayList<>();
    seen.forEach(
        (k, c) -> {
          if (c[0] >= MIN_HYPHEN_MENTIONS && c[1] > MAX_HYPHEN_TAIL * c[0]) {
            bad.add(k);
            dropped.put(k, String.format("hyphen tail: %d/%d after a hyphen", c[1], c[0]));
          }
        });
    bad.forEach(vocab::remove);
  }

  /**
   * An entry followed by a noun in more than this share of its tagged mentions is a modifier:
   * "vision-language-action" 0.95 ("… (VLA) model/policy"), "general audio" 0.86, "autoregressive
   * video" 0.94; complete phrases are far below ("image editing" 0.35, "video generation" 0.31,
   * "question answering" 0.35, "large language model" 0.08), and named terms used as modifiers too
   * stay below ("time series" 0.75, "deep research" 0.73, "mixture of expert" 0.65, "chain of
   * thought" 0.52). At 0.7 (188 entries) those good terms go too, for one more wrong judged edge
   * dropped; at 0.8 good entries lost are few ("talking head" 0.92, "mental health" 0.85,
   * "collaborative filtering" 0.82, "generative video" 0.86: one good judged edge). Entries readers
   * saw as modifiers on one paper but heads in the corpus stay ("3D asset" 0.20, "video stream"
   * 0.02, "visual token" 0.32): that is the selector's call per mention.
   */
  static final double MAX_NOUN_FOLLOWED = 0.8;

  /**
   * Entries that are mostly a modifier of a longer noun phrase, by CoreNLP's tag of the word after
   * their mentions in the corpus ({@link PosProfile#nounFollowedShare}: any noun, a parenthesised
   * acronym skipped; fewer than {@link PosProfile#MIN_TAGGED} tagged mentions are no evidence). The
   * neighbour test sees one dominant next word only, so "vision-language- action" (model, policy,
   * VLA) and "interactive video" (generation, world model, …) pass it; readers judged such entries
   * wrong (issue 10).
   */
  static void dropModifiers(Map<String, Stat> vocab, PosProfile pos, Map<String, String> dropped) {
    List<String> bad = new ArrayList<>();
    for (Stat s : vocab.values()) {
      double share = pos.nounFollowedShare(s.key);
      if (share > MAX_NOUN_FOLLOWED) {
        bad.add(s.key);
        dropped.put(
            s.key,
            String.format("modifier: followed by a noun in %.2f of %d", share, pos.tagged(s.key)));
      }
    }
    bad.forEach(vocab::remove);
  }

  /** Whether a shorter entry of two or more words begins {@code key} ("talking video" …). */
  private static boolean startsWithEntry(String key, Map<String, Stat> vocab) {
    for (int i = key.indexOf(' ', key.indexOf(' ') + 1); i > 0; i = key.indexOf(' ', i + 1)) {
      if (vocab.containsKey(key.substring(0, i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * CoreNLP's part-of-speech tags of the entries' mentions in the corpus: for each entry key, the
   * tags of its words where the tokens of a sentence spell it (acronyms are not spelled out here).
   * In context, since a word's tags over the whole corpus mislead ("prompts" is mostly VBZ, "token"
   * mostly JJ as a modifier).
   */
  static final class PosProfile {
    static final PosProfile NONE = new PosProfile(null);

    /** Fewer tagged mentions than this are no evidence. */
    static final int MIN_TAGGED = 3;

    /** Longest entry in tokens that is looked for. */
    private static final int MAX_TOKENS = 8;

    private final Path cache;

    /** Per entry key: tag sequences ("NN NNS") of its mentions, counted. */
    private final Map<String, Map<String, Integer>> seen = new HashMap<>();

    PosProfile(Path cache) {
      this.cache = cache;
    }

    static PosProfile load(Path cache) {
      return new PosProfile(cache);
    }

    /** Records the tag sequences of the mentions of {@code keys} in the cache's sentences. */
    void scan(Set<String> keys) throws java.io.IOException {
      if (cache == null) {
        return;
      }
      com.fasterxml.jackson.databind.ObjectMapper json =
          new com.fasterxml.jackson.databind.ObjectMapper();
      try (java.io.BufferedReader r =
          new java.io.BufferedReader(
              new java.io.InputStreamReader(
                  new java.util.zip.GZIPInputStream(Files.newInputStream(cache)),
                  StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null && line.endsWith("}")) {
          for (com.fasterxml.jackson.databind.JsonNode sentence : json.readTree(line).get("s")) {
            List<String> words = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            for (com.fasterxml.jackson.databind.JsonNode t : sentence.get(4)) {
              words.add(ConceptIdentity.key(t.get(0).asText()));
              tags.add(t.get(2).asText());
            }
            record(words, tags, keys);
          }
        }
      } catch (java.io.EOFException e) {
        // a cache still being written: what was read counts
      }
    }

    /** Per entry key: {mentions, mentions followed by a noun} in the cache's sentences. */
    private final Map<String, int[]> followed = new HashMap<>();

    /**
     * Share of the tagged mentions of {@code key} followed by a noun (NN*), which continues the
     * noun phrase ("3D asset generation"): the entry modifies that noun there; -1 when rarely
     * tagged.
     */
    double nounFollowedShare(String key) {
      int[] f = followed.get(key);
      return f == null || f[0] < MIN_TAGGED ? -1 : f[1] / (double) f[0];
    }

    /**
     * The token after a parenthesised acronym at {@code i} ("Vision-Language-Action (VLA) models"),
     * else {@code i}.
     */
    private static int afterAcronym(List<String> tags, int i) {
      if (i < tags.size() && tags.get(i).equals("-LRB-")) {
        for (int k = i + 1; k < tags.size() && k <= i + 3; k++) {
          if (tags.get(k).equals("-RRB-")) {
            return k + 1;
          }
        }
      }
      return i;
    }

    /** Tagged mentions of {@code key}. */
    int tagged(String key) {
      int[] f = followed.get(key);
      return f == null ? 0 : f[0];
    }

    /** Per word key, over all its tokens in the cache: {all, noun, verb, VBG} tags. */
    private final Map<String, int[]> wordTags = new HashMap<>();

    /** Counts the tag sequences of the spans of the token keys {@code words} that are keys. */
    void record(List<String> words, List<String> tags, Set<String> keys) {
      for (int i = 0; i < words.size(); i++) {
        int[] w = wordTags.computeIfAbsent(words.get(i), x -> new int[4]);
        w[0]++;
        if (tags.get(i).equals("VBG")) {
          w[3]++;
        }
        if (tags.get(i).startsWith("NN")) {
          w[1]++;
        } else if (VERB.contains(tags.get(i))) {
          w[2]++;
        }
        StringBuilder key = new StringBuilder();
        StringBuilder tagSeq = new StringBuilder();
        for (int j = i; j < words.size() && j < i + MAX_TOKENS; j++) {
          if (words.get(j).isEmpty()) {
            break;
          }
          if (j > i) {
            key.append(' ');
            tagSeq.append(' ');
          }
          key.append(words.get(j));
          tagSeq.append(tags.get(j)).append('/').append(words.get(j).replace(' ', '-'));
          String k = key.toString();
          if (keys.contains(k)) {
            seen.computeIfAbsent(k, x -> new HashMap<>()).merge(tagSeq.toString(), 1, Integer::sum);
            int[] f = followed.computeIfAbsent(k, x -> new int[2]);
            f[0]++;
            int next = afterAcronym(tags, j + 1);
            if (next < words.size() && tags.get(next).startsWith("NN")) {
              f[1]++;
            }
          }
        }
      }
    }

    /**
     * Why one word is no noun: tagged a noun (NN, NNS; a proper noun does not count, a title's
     * words are NNP) in fewer than {@value #MIN_WORD_NOUN} of its tagged tokens, or rarely tagged.
     */
    String notNoun(String key) {
      if (this == NONE) {
        return null;
      }
      Map<String, Integer> m = seen.getOrDefault(key, Map.of());
      int all = 0;
      int noun = 0;
      for (Map.Entry<String, Integer> e : m.entrySet()) {
        if (!e.getKey().startsWith("NNP")) {
          all += e.getValue();
          noun += e.getKey().startsWith("NN") ? e.getValue() : 0;
        }
      }
      if (all < MIN_TAGGED || noun < MIN_WORD_NOUN * all) {
        return String.format("a noun in %d of %d tokens", noun, all);
      }
      return null;
    }

    /**
     * Share of the tagged mentions of {@code key} whose first word has {@code tag} (VBG); for an
     * entry rarely tagged in context, the share of that word's tokens in the cache.
     */
    double firstWordShare(String key, String tag) {
      Map<String, Integer> m = seen.getOrDefault(key, Map.of());
      int[] w = wordTags.get(key.split(" ")[0]);
      double word = w == null || w[0] < MIN_WORD_TOKENS ? 0 : w[3] / (double) w[0];
      int all = 0;
      int hit = 0;
      for (Map.Entry<String, Integer> e : m.entrySet()) {
        all += e.getValue();
        if (e.getKey().startsWith(tag + "/")) {
          hit += e.getValue();
        }
      }
      return all < MIN_TAGGED ? word : hit / (double) all;
    }

    /**
     * Why the entry is no noun phrase in the corpus, or null (also when it is rarely tagged): its
     * last word is mostly tagged as no noun (nor gerund), or a word of it mostly as a preposition,
     * determiner, pronoun, conjunction or modal ("beyond", "every"), or its first word as a finite
     * or base verb ("improve", "detect"). A last word tagged as a verb counts only when the phrase
     * is mostly followed by a content word ({@code modifierShare} ≥ 0.5: the verb's object, "models
     * handle long contexts"): CoreNLP tags plural nouns after an adjective as verbs ("visual
     * prompts" VBZ, "test-time compute" VB), and those end a noun phrase.
     */
    String notNounPhrase(String key, double modifierShare) {
      Map<String, Integer> m = seen.get(key);
      if (m == null) {
        return verbWord(key);
      }
      int all = 0;
      int noun = 0;
      int verb = 0;
      Set<String> verbForms = new HashSet<>();
      Map<String, Integer> clausal = new HashMap<>();
      for (Map.Entry<String, Integer> e : m.entrySet()) {
        String[] toks = e.getKey().split(" ");
        all += e.getValue();
        String head = toks[toks.length - 1].substring(0, toks[toks.length - 1].indexOf('/'));
        if (head.startsWith("NN") || head.equals("VBG") || head.equals("FW")) {
          noun += e.getValue();
        } else if (VERB.contains(head)) {
          verb += e.getValue();
          verbForms.add(head.equals("VBZ") ? "VBZ" : "base");
        }
        Set<String> words = new HashSet<>();
        for (int i = 0; i < toks.length; i++) {
          String tag = toks[i].substring(0, toks[i].indexOf('/'));
          String word = toks[i].substring(toks[i].indexOf('/') + 1);
          // a hyphenated token is a compound CoreNLP often mistags ("multi-task" VB)
          if ((CLOSED.contains(tag) || i == 0 && VERB.contains(tag))
              && !word.contains("-")
              && !Text.STOP.contains(word)
              && words.add(word)) {
            clausal.merge(word, e.getValue(), Integer::sum);
          }
        }
      }
      if (all < MIN_TAGGED) {
        return verbWord(key);
      }
      // a verb-tagged last word that agrees with its subject in both forms ("benchmarks exist",
      // "benchmark exists"; "already know", "knows") is a verb; a plural noun mistagged VBZ
      // ("visual prompts") or a base form after a modifier ("test-time compute") has one form
      int counted = modifierShare >= 0.5 || verbForms.size() > 1 ? noun : noun + verb;
      if (counted < 0.5 * all) {
        return String.format("head a noun in %d of %d mentions (a verb in %d)", noun, all, verb);
      }
      for (Map.Entry<String, Integer> e : clausal.entrySet()) {
        if (e.getValue() > 0.5 * all) {
          return String.format(
              "\"%s\" a verb/preposition/determiner in %d of %d mentions",
              e.getKey(), e.getValue(), all);
        }
      }
      return null;
    }

    /**
     * For an entry rarely tagged in context (an acronym in its mentions: "LLMs make"): its last
     * word when that word is a verb in ≥ {@value #VERB_WORD} of its {@value #MIN_WORD_TOKENS}+
     * tokens in the cache and a noun in < {@value #NOUN_WORD} ("make", "know", "exist"), else null.
     */
    String verbWord(String key) {
      int[] w = wordTags.get(key.substring(key.lastIndexOf(' ') + 1));
      if (key.indexOf(' ') < 0 || w == null || w[0] < MIN_WORD_TOKENS) {
        return null;
      }
      return w[2] >= VERB_WORD * w[0] && w[1] < NOUN_WORD * w[0]
          ? String.format("last word a verb in %d of %d tokens (a noun in %d)", w[2], w[0], w[1])
          : null;
    }

    static final int MIN_WORD_TOKENS = 20;
    static final double VERB_WORD = 0.8;
    static final double NOUN_WORD = 0.1;

    private static final Set<String> VERB = Set.of("VB", "VBD", "VBP", "VBZ");

    /** Closed-class tags: words that do not stand inside a noun phrase. */
    private static final Set<String> CLOSED =
        Set.of("IN", "PRP", "PRP$", "DT", "WDT", "TO", "CC", "MD", "WRB");
  }
}
