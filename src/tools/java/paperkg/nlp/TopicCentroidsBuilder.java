package paperkg.nlp;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Developer tool, not a test: writes {@link TopicCentroids#FILE} from the corpus. Every corpus
 * paper is extracted from cached annotations ({@link AnnotationCache}) without centroids; each
 * specific vocabulary entry ({@link TopicSelector#small}, no field) that is an explicit topic of at
 * least {@value #MIN_PAPERS} papers gets the mean of those papers' unit vectors ({@link
 * TopicCentroids#vector}), cut to its {@value #TERMS} heaviest terms and brought back to unit
 * length. No gold file is read. With {@code -Dadded=FILE} it also writes the topics the new
 * centroids add over the whole corpus (paper id, topic, similarity, title), for reading.
 *
 * <p>Usage: {@code TopicCentroidsBuilder corpus.jsonl cache.jsonl.gz out.tsv.gz}
 */
public final class TopicCentroidsBuilder {
  /** Fewer papers make no centroid worth calibrating (8 left 375 entries, 5 leaves 598). */
  static final int MIN_PAPERS = 5;

  /** A centroid's heaviest terms kept (the resource stays ~1 MB; the tail weighs little). */
  static final int TERMS = 60;

  public static void main(String[] args) throws Exception {
    Map<String, Annotated> annotated =
        AnnotationCache.load(AnnotationCache.papers(Path.of(args[0])), Path.of(args[1]), 2);
    CorpusStats stats = CorpusStats.load();
    TopicVocabulary vocab = TopicVocabulary.load();
    Extractor named = new Extractor(stats, KeyphraseModel.load(), vocab, null);
    Map<String, Map<String, Double>> sums = new TreeMap<>();
    Map<String, Integer> counts = new HashMap<>();
    Map<String, List<TopicMention>> topicsOf = new LinkedHashMap<>();
    Map<String, Map<String, Double>> vectors = new HashMap<>();
    Map<String, Set<String>> hasOf = new HashMap<>();
    for (Annotated a : annotated.values()) {
      List<TopicMention> topics = named.extract(a).topics();
      Map<String, Double> v = TopicCentroids.vector(a, stats);
      topicsOf.put(a.paper().id(), topics);
      vectors.put(a.paper().id(), v);
      hasOf.put(a.paper().id(), Extractor.reached(topics));
      for (TopicMention t : topics) {
        TopicVocabulary.Entry e = vocab.named(t.name());
        if (e == null || !TopicSelector.small(e)) {
          continue;
        }
        counts.merge(e.name(), 1, Integer::sum);
        Map<String, Double> sum = sums.computeIfAbsent(e.name(), k -> new HashMap<>());
        v.forEach((term, w) -> sum.merge(term, w, Double::sum));
      }
    }
    Map<String, Map<String, Double>> centroids = new LinkedHashMap<>();
    Map<String, String> lines = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, Double>> s : sums.entrySet()) {
      int n = counts.get(s.getKey());
      if (n < MIN_PAPERS || vocab.titleShare(vocab.named(s.getKey())) < MIN_TITLE_SHARE) {
        continue;
      }
      List<Map.Entry<String, Double>> terms = new ArrayList<>(s.getValue().entrySet());
      terms.sort(
          Map.Entry.<String, Double>comparingByValue()
              .reversed()
              .thenComparing(Map.Entry.comparingByKey()));
      terms = terms.subList(0, Math.min(TERMS, terms.size()));
      double norm = Math.sqrt(terms.stream().mapToDouble(t -> t.getValue() * t.getValue()).sum());
      Map<String, Double> c = new LinkedHashMap<>();
      StringBuilder line = new StringBuilder();
      for (Map.Entry<String, Double> t : terms) {
        double weight = Math.round(t.getValue() / norm * 10000) / 10000.0;
        c.put(t.getKey(), weight);
        line.append(line.length() == 0 ? "" : "|").append(t.getKey()).append('=').append(weight);
      }
      centroids.put(s.getKey(), c);
      lines.put(s.getKey(), n + "\t" + line);
    }
    TopicCentroids untuned = new TopicCentroids(centroids, Map.of());
    double precision = Double.parseDouble(System.getProperty("precision", PRECISION + ""));
    Map<String, Double> thresholds = calibrate(similarities(untuned, vectors, hasOf), precision);
    try (PrintWriter w =
        new PrintWriter(
            new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(Path.of(args[2]))),
                StandardCharsets.UTF_8))) {
      w.printf(
          "# TopicCentroidsBuilder: %d corpus papers; entries with >= %d papers as a topic and a"
              + " title share >= %.2f, %d terms, threshold precision %.2f%n",
          annotated.size(), MIN_PAPERS, MIN_TITLE_SHARE, TERMS, precision);
      lines.forEach(
          (name, line) -> {
            if (thresholds.containsKey(name)) {
              String[] f = line.split("\t", 2);
              w.println(
                  String.join(
                      "\t",
                      name,
                      f[0],
                      String.format(java.util.Locale.ROOT, "%.4f", thresholds.get(name)),
                      f[1]));
            }
          });
    }
    System.err.printf("%d centroids, %d with a threshold%n", centroids.size(), thresholds.size());
    String added = System.getProperty("added");
    if (added != null) {
      added(
          Path.of(added), annotated, topicsOf, vectors, new TopicCentroids(centroids, thresholds));
    }
  }

  private static void added(
      Path file,
      Map<String, Annotated> annotated,
      Map<String, List<TopicMention>> topicsOf,
      Map<String, Map<String, Double>> vectors,
      TopicCentroids centroids) {
    List<String> lines = new ArrayList<>();
    long t0 = System.nanoTime();
    for (Map.Entry<String, List<TopicMention>> p : topicsOf.entrySet()) {
      List<TopicMention> topics = p.getValue();
      if (topics.size() > TopicSelector.MAX) {
        continue;
      }
      TopicCentroids.Scored s = centroids.best(vectors.get(p.getKey()), Extractor.reached(topics));
      if (s != null) {
        lines.add(
            String.join(
                "\t",
                p.getKey(),
                s.name(),
                String.format("%.3f", s.similarity()),
                String.format("%.3f", centroids.threshold(s.name())),
                String.join("|", topics.stream().map(TopicMention::name).toList()),
                annotated.get(p.getKey()).paper().title()));
      }
    }
    System.err.printf(
        "%d papers get an unnamed topic; scoring %.3f ms a paper%n",
        lines.size(), (System.nanoTime() - t0) / 1e6 / topicsOf.size());
    try {
      Files.write(file, lines);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * An entry's threshold: the lowest similarity above which this share of the corpus papers have it
   * (their topics or ancestors). On the dev set (2026-12-04; with {@link
   * TopicCentroids#MIN_SIMILARITY} 0) 0.6 gives recall 0.434, 0.7 0.429, 0.8 0.420, 0.9 0.411
   * (baseline 0.409); a third of the corpus papers get an unnamed topic at 0.6, one in twenty at
   * 0.9.
   */
  static final double PRECISION = 0.6;

  /**
   * Only titled terms get a centroid, as {@link TopicSelector#FILL_TITLE_SHARE} calls them: without
   * it the centroids of generic entries ("artificial intelligence model", "open recipe", "unified
   * evaluation") calibrated to thresholds of 0.09-0.13 and a topic went to 43 % of the papers.
   */
  static final double MIN_TITLE_SHARE = TopicSelector.FILL_TITLE_SHARE;

  static final int MIN_ABOVE = 10;

  /** Per entry, the similarity of every corpus paper to it and whether the paper has it. */
  static Map<String, List<double[]>> similarities(
      TopicCentroids centroids,
      Map<String, Map<String, Double>> vectors,
      Map<String, Set<String>> hasOf) {
    Map<String, List<double[]>> byEntry = new HashMap<>();
    vectors.forEach(
        (id, v) -> {
          for (TopicCentroids.Scored s : centroids.nearest(v, Integer.MAX_VALUE)) {
            byEntry
                .computeIfAbsent(s.name(), k -> new ArrayList<>())
                .add(new double[] {s.similarity(), hasOf.get(id).contains(s.name()) ? 1 : 0});
          }
        });
    byEntry.values().forEach(list -> list.sort((x, y) -> Double.compare(y[0], x[0])));
    return byEntry;
  }

  /**
   * Per entry, the lowest similarity above which at least {@code precision} of the corpus papers
   * have it (and at least {@value #MIN_ABOVE} papers are above); none when no such point.
   */
  static Map<String, Double> calibrate(Map<String, List<double[]>> sims, double precision) {
    Map<String, Double> out = new HashMap<>();
    sims.forEach(
        (name, list) -> {
          int has = 0;
          double threshold = -1;
          for (int k = 0; k < list.size(); k++) {
            has += (int) list.get(k)[1];
            if (k + 1 >= MIN_ABOVE && has >= precision * (k + 1)) {
              threshold = list.get(k)[0];
            }
          }
          if (threshold > 0) {
            out.put(name, threshold);
          }
        });
    return out;
  }
}
