package paperkg.nlp;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Developer tool, not a test: decides the BROADER links of the shipped topic vocabulary and writes
 * them into its {@code broader} column (the second step after {@code TopicVocabularyBuilder}, which
 * decides the entries). It finds every entry in every corpus paper the way the vocabulary is
 * matched (identity keys of word spans, acronyms spelled out with the corpus dictionary), marks
 * each paper's fields by their words ({@link TopicFields}), and hands the papers of each entry to
 * {@link BroaderRules}.
 *
 * <p>Usage: {@code java -cp target/test-classes:target/classes:target/lib/*
 * paperkg.nlp.TopicHierarchyBuilder corpus.jsonl
 * src/main/resources/paperkg/nlp/topic-vocabulary.tsv} (rewrites the file in place; seconds).
 */
public final class TopicHierarchyBuilder {
  public static void main(String[] args) throws Exception {
    List<String> texts = CorpusTexts.read(Path.of(args[0]));
    Path file = Path.of(args[1]);
    TopicVocabulary vocabulary;
    try (InputStream in = Files.newInputStream(file)) {
      vocabulary = TopicVocabulary.read(in);
    }
    long t0 = System.nanoTime();
    TopicFields fields = TopicFields.load();
    TopicHierarchyBuilder b = new TopicHierarchyBuilder(CorpusStats.load(), vocabulary, fields);
    b.scan(texts);
    if (System.getProperty("dump") != null) {
      List<String> dump = new ArrayList<>();
      b.papersOf.forEach((k, v) -> dump.add("E\t" + k + "\t" + v));
      b.fieldPapers.forEach((k, v) -> dump.add("F\t" + k + "\t" + v));
      Files.write(Path.of(System.getProperty("dump")), dump, StandardCharsets.UTF_8);
    }
    Map<String, List<String>> links = new BroaderRules(fields).links(b.papersOf, b.fieldPapers);
    List<String> out = new ArrayList<>();
    int n = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", -1);
      if (line.startsWith("#") || f.length < 5 || f[1].equals("field")) {
        out.add(line);
        continue;
      }
      List<String> up = links.getOrDefault(f[0], List.of());
      n += up.size();
      f[3] = String.join("|", up);
      out.add(String.join("\t", f));
    }
    Files.write(file, out, StandardCharsets.UTF_8);
    System.err.printf(
        "%d papers, %d entries -> %d BROADER links in %.1f s%n",
        texts.size(), vocabulary.size(), n, (System.nanoTime() - t0) / 1e9);
  }

  static final int MAX_WORDS = 6;

  private final CorpusStats stats;
  private final TopicVocabulary vocabulary;
  private final TopicFields fields;

  /** Entry name → the corpus papers (indices) that name it. */
  final Map<String, Set<Integer>> papersOf = new HashMap<>();

  /** Field name → the corpus papers whose words mark it ({@link TopicFields#MIN_EVIDENCE}). */
  final Map<String, Set<Integer>> fieldPapers = new HashMap<>();

  TopicHierarchyBuilder(CorpusStats stats, TopicVocabulary vocabulary, TopicFields fields) {
    this.stats = stats;
    this.vocabulary = vocabulary;
    this.fields = fields;
  }

  void scan(List<String> texts) {
    for (int d = 0; d < texts.size(); d++) {
      List<String> all = new ArrayList<>();
      for (List<String> raw : CheapTokenizer.clauses(texts.get(d))) {
        all.addAll(raw);
        List<String> keys = new ArrayList<>();
        for (String w : raw) {
          String lf = Text.isAcronymLike(w) ? stats.longForm(Text.singularAcronym(w)) : null;
          // a long form word by word, as the vocabulary builder counts it: "LLMs" names "language
          // model" too, so "large language model" stays below it (as one key, 747 papers naming
          // only "LLMs" made "language model" → "large language model")
          for (String part : (lf == null ? w : lf).split(" ")) {
            keys.add(ConceptIdentity.key(part));
          }
        }
        for (int i = 0; i < keys.size(); i++) {
          StringBuilder span = new StringBuilder();
          for (int n = 1; n <= MAX_WORDS && i + n <= keys.size(); n++) {
            span.append(n > 1 ? " " : "").append(keys.get(i + n - 1));
            TopicVocabulary.Entry e = vocabulary.get(span.toString());
            if (e != null && !e.field()) {
              papersOf.computeIfAbsent(e.name(), k -> new HashSet<>()).add(d);
            }
          }
        }
      }
      for (Map.Entry<String, Integer> e : fields.evidence(all).entrySet()) {
        if (e.getValue() >= TopicFields.MIN_EVIDENCE) {
          fieldPapers.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(d);
        }
      }
    }
  }
}
