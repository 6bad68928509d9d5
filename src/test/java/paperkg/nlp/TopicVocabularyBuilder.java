package paperkg.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
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
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import paperkg.source.Paper;

/**
 * Developer tool, not a test: decides the shipped topic vocabulary ({@code topic-vocabulary.tsv}) from a
 * corpus of abstracts (the HF daily papers JSONL). Step 1 annotates every paper with the real pipeline and
 * keeps each paper's concepts ({@link Concepts}, the code path of an import) in a cache file; step 2, in
 * seconds, aggregates them over papers and applies the tests below; the thresholds are this class's
 * constants, each with the figure that motivated it.
 *
 * <p>A concept is a topic when it
 * <ul>
 *   <li>recurs: named as a whole in ≥ {@value #MIN_PAPERS} papers;
 *   <li>is a complete noun phrase: of its whole mentions, no single content word stands right before or
 *       after more than {@value #MAX_NEIGHBOUR} of them ("salesman problem" is nearly always preceded by
 *       "traveling"), and it is named whole in ≥ {@value #MIN_WHOLE} of the papers that contain it (not
 *       mostly inside a longer phrase: "relative policy optimization");
 *   <li>is not generic: not made of generic words only ({@link GenericWords}: corpus df and burstiness),
 *       and a paper that names it tends to repeat it: mentions per paper ≥ {@value #MIN_REPEAT}
 *       ("extensive experiment", "wide range" are named once and never again);
 *   <li>has at least two word parts ("reinforcement learning", "fine-tuning") and no name-like word (a
 *       model or product name is a method, not a topic).
 * </ul>
 * BROADER: the longest proper tail that is an entry (head containment), and co-occurrence subsumption
 * (Sanderson &amp; Croft 1999): y → x when ≥ {@value #SUBSUMES} of the papers naming y name x and x is in
 * more papers; fields ({@link TopicFields}) when y's words mark the field or ≥ {@value #SUBSUMES} of y's
 * papers are in the field by the zero-shot match. Every link goes to a concept in strictly more papers (or
 * a field), so the hierarchy is a DAG.
 *
 * <p>Usage: {@code java -cp target/test-classes:target/classes:target/lib/* paperkg.nlp.TopicVocabularyBuilder
 * corpus.jsonl cache.tsv.gz src/main/resources/paperkg/nlp/topic-vocabulary.tsv}
 */
public final class TopicVocabularyBuilder {
  static final int MIN_PAPERS = 5;
  static final double MAX_NEIGHBOUR = 0.5;
  static final double MIN_WHOLE = 0.3;
  static final double MIN_REPEAT = 1.25;
  static final double SUBSUMES = 0.8;
  /** A subsuming (broader) concept must be named in this many papers: an established area. */
  static final int MIN_BROADER_PAPERS = 30;
  static final int MAX_SUBSUMERS = 2;

  /** One paper's concept, as cached. */
  record Seen(String key, String name, int count, int tail, int embedded, boolean longForm, boolean nameOnly,
      boolean generic, Map<String, Integer> neighbours) {
    int mentions() {
      return count + tail + embedded;
    }
  }

  record Doc(String id, Map<String, Integer> fields, List<Seen> concepts) {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    Path cache = Path.of(args[1]);
    Path out = Path.of(args[2]);
    List<Doc> docs = docs(AnnotationCache.load(AnnotationCache.papers(corpus), cache, 2));
    List<String> lines = build(docs, TopicFields.load());
    Files.write(out, lines, StandardCharsets.UTF_8);
    System.err.printf("%d papers -> %d vocabulary entries in %s%n", docs.size(), lines.size() - 2, out);
  }

  /** Every paper's concepts, by the import's own code (with no topic vocabulary: topics are what we decide). */
  static List<Doc> docs(Map<String, Annotated> annotated) {
    Extractor extractor = new Extractor(CorpusStats.load(), KeyphraseModel.load(), TopicVocabulary.of(List.of()));
    TopicFields fields = TopicFields.load();
    List<Doc> docs = new ArrayList<>();
    for (Annotated a : annotated.values()) {
      List<Seen> seen = new ArrayList<>();
      for (Concept c : extractor.concepts(a)) {
        seen.add(new Seen(c.key, c.name, c.count, c.tailCount, c.embedded, c.longForm, c.nameOnly, c.generic,
            c.neighbours));
      }
      docs.add(new Doc(a.paper().id(), fields.evidence(a), seen));
    }
    docs.sort(Comparator.comparing(Doc::id));
    return docs;
  }

  private static Map<String, Integer> counts(String s) {
    Map<String, Integer> m = new HashMap<>();
    for (String kv : s.split(",")) {
      int i = kv.lastIndexOf(':');
      if (i > 0) {
        m.put(kv.substring(0, i), Integer.parseInt(kv.substring(i + 1)));
      }
    }
    return m;
  }

  /** Aggregates of one concept over the corpus. */
  static final class Stat {
    final String key;
    int papers;
    int whole;
    int mentions;
    int longForm;
    int nameOnly;
    int generic;
    int wholeMentions;
    final Map<String, Integer> names = new HashMap<>();
    final Map<String, Integer> neighbours = new HashMap<>();
    final Set<Integer> docs = new HashSet<>();
    String name;

    Stat(String key) {
      this.key = key;
    }
  }

  static List<String> build(List<Doc> docs, TopicFields fields) {
    Map<String, Stat> stats = new HashMap<>();
    for (int d = 0; d < docs.size(); d++) {
      for (Seen s : docs.get(d).concepts()) {
        Stat st = stats.computeIfAbsent(s.key(), Stat::new);
        st.papers++;
        st.mentions += s.mentions();
        if (s.count() + s.embedded() > 0) {
          st.whole++;
          st.docs.add(d);
        }
        st.wholeMentions += s.count();
        st.longForm += s.longForm() ? 1 : 0;
        st.nameOnly += s.nameOnly() ? 1 : 0;
        st.generic += s.generic() ? 1 : 0;
        st.names.merge(s.name(), 1, Integer::sum);
        s.neighbours().forEach((w, k) -> st.neighbours.merge(w, k, Integer::sum));
      }
    }
    Map<String, Stat> vocab = new LinkedHashMap<>();
    List<Stat> sorted = new ArrayList<>(stats.values());
    sorted.sort(Comparator.<Stat>comparingInt(s -> -s.whole).thenComparing(s -> s.key));
    Set<String> fieldKeys = new HashSet<>();
    fields.fields().forEach(f -> fieldKeys.add(ConceptIdentity.key(f.name())));
    for (Stat s : sorted) {
      s.name = s.names.entrySet().stream()
          .max(Map.Entry.<String, Integer>comparingByValue()
              .thenComparing(e -> e.getKey(), Comparator.<String>reverseOrder()))
          .orElseThrow().getKey();
      if (fieldKeys.contains(s.key) || isTopic(s)) {
        vocab.put(s.key, s);
      }
    }
    // fields: the papers the zero-shot match puts in each
    Map<String, Set<Integer>> fieldDocs = new HashMap<>();
    for (int d = 0; d < docs.size(); d++) {
      for (Map.Entry<String, Integer> e : docs.get(d).fields().entrySet()) {
        if (e.getValue() >= TopicFields.MIN_EVIDENCE) {
          fieldDocs.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(d);
        }
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add("#name\tlevel\tpapers\tbroader\talt");
    lines.add("# decided by TopicVocabularyBuilder from " + docs.size() + " corpus papers; fields from topic-fields.tsv");
    Set<String> fieldNames = new HashSet<>();
    for (TopicFields.Field f : fields.fields()) {
      fieldNames.add(f.name());
      lines.add(f.name() + "\tfield\t" + fieldDocs.getOrDefault(f.name(), Set.of()).size() + "\t\t");
    }
    for (Stat s : vocab.values()) {
      if (fieldKeys.contains(s.key)) {
        continue;
      }
      List<String> broader = new ArrayList<>();
      containment(s, vocab).ifPresent(broader::add);
      broader.addAll(subsumers(s, vocab, fieldKeys, broader));
      for (TopicFields.Field f : fields.fields()) {
        if (marks(s, f, fields) || subsumed(s.docs, fieldDocs.getOrDefault(f.name(), Set.of()))) {
          broader.add(f.name());
        }
      }
      List<String> alt = new ArrayList<>();
      s.names.keySet().stream().filter(n -> !n.equals(s.name)).sorted().limit(5).forEach(alt::add);
      lines.add(s.name + "\ttopic\t" + s.whole + "\t" + String.join("|", new java.util.LinkedHashSet<>(broader)) + "\t"
          + String.join("|", alt));
    }
    return lines;
  }

  static boolean isTopic(Stat s) {
    if (s.whole < MIN_PAPERS || s.nameOnly * 2 > s.papers || s.generic * 2 > s.papers) {
      return false;
    }
    String[] parts = s.key.split(" ");
    if (parts.length < 2) {
      return false;
    }
    for (String w : s.name.split("[ ]")) {
      if (Text.isNameLike(w) && !w.matches("\\d[dD]")) {
        return false;
      }
    }
    if (s.whole < MIN_WHOLE * s.papers) {
      return false;
    }
    if (s.mentions < MIN_REPEAT * s.papers) {
      return false;
    }
    int wholeMentions = Math.max(1, s.wholeMentions);
    for (int k : s.neighbours.values()) {
      if (k > MAX_NEIGHBOUR * wholeMentions && k >= 3) {
        return false;
      }
    }
    return true;
  }

  /** The longest proper tail of the name that is an entry ("offline reinforcement learning" → "reinforcement learning"). */
  static java.util.Optional<String> containment(Stat s, Map<String, Stat> vocab) {
    String[] words = s.key.split(" ");
    if (ConceptIdentity.headIndex(List.of(words)) != words.length - 1) {
      return java.util.Optional.empty(); // "reinforcement learning with verifiable reward": the head is not last
    }
    for (int from = 1; from < words.length; from++) {
      Stat tail = vocab.get(String.join(" ", List.of(words).subList(from, words.length)));
      if (tail != null && tail.whole > s.whole) {
        return java.util.Optional.of(tail.name);
      }
    }
    return java.util.Optional.empty();
  }

  /** The entries that subsume this one by co-occurrence (most specific first), at most {@value #MAX_SUBSUMERS}. */
  static List<String> subsumers(Stat s, Map<String, Stat> vocab, Set<String> fieldKeys, List<String> already) {
    List<Stat> out = new ArrayList<>();
    for (Stat x : vocab.values()) {
      if (x != s && x.whole >= MIN_BROADER_PAPERS && x.whole > s.whole && !fieldKeys.contains(x.key)
          && !already.contains(x.name) && subsumed(s.docs, x.docs)) {
        out.add(x);
      }
    }
    out.sort(Comparator.<Stat>comparingInt(x -> x.whole).thenComparing(x -> x.key));
    return out.stream().limit(MAX_SUBSUMERS).map(x -> x.name).toList();
  }

  static boolean subsumed(Set<Integer> narrow, Set<Integer> broad) {
    if (narrow.isEmpty() || broad.size() <= narrow.size()) {
      return false;
    }
    int both = 0;
    for (int d : narrow) {
      if (broad.contains(d)) {
        both++;
      }
    }
    return both >= SUBSUMES * narrow.size();
  }

  /** A word of the concept marks the field ("video generation": video → computer vision). */
  static boolean marks(Stat s, TopicFields.Field f, TopicFields fields) {
    String[] words = s.key.split(" ");
    for (int i = 0; i < words.length; i++) {
      if (f.words().contains(Text.key(words[i]))
          || (i + 1 < words.length && f.words().contains(words[i] + "-" + words[i + 1]))) {
        return true;
      }
    }
    return false;
  }
}
