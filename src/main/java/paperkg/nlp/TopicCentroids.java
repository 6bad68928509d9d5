package paperkg.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * What the papers of a vocabulary entry look like: per specific entry, the centroid of the TF-IDF
 * word vectors (title and abstract, {@link #vector}) of the corpus papers whose explicit topics
 * include it ({@value #FILE}, written by the test-scope {@code TopicCentroidsBuilder}). A paper
 * that never names an entry but whose words are those of its papers is about it all the same: the
 * translation benchmark DiscoX is "machine translation", the math-competition benchmark AMO-Bench
 * "mathematical reasoning" ({@link #best}). Entries named as a topic by fewer than 5 corpus papers
 * have no centroid ("model compression", "inference acceleration", "prompt injection"). Scoring is
 * a sparse dot product through an inverted index: with the vector, 0.14 ms a paper (warm, 1,563
 * papers). Immutable after construction, so shared by all threads.
 */
final class TopicCentroids {
  static final String FILE = "topic-centroids.tsv.gz";

  /** Entry names, by index. */
  private final List<String> names = new ArrayList<>();

  /** Per entry (by index), the similarity from which it is a topic ({@link #calibrate}). */
  private final double[] thresholds;

  private final Map<String, Integer> index = new HashMap<>();

  /** Term → the entries whose centroid has it, with the weight there. */
  private final Map<String, Posting> postings = new HashMap<>();

  private record Posting(int[] entries, float[] weights) {}

  /** An entry and the cosine of a paper's vector with its centroid. */
  record Scored(String name, double similarity) {}

  TopicCentroids(Map<String, Map<String, Double>> centroids, Map<String, Double> thresholds) {
    this.thresholds = new double[centroids.size()];
    Map<String, List<int[]>> idx = new HashMap<>();
    Map<String, List<Float>> w = new HashMap<>();
    for (Map.Entry<String, Map<String, Double>> c : centroids.entrySet()) {
      int i = names.size();
      index.put(c.getKey(), i);
      names.add(c.getKey());
      this.thresholds[i] = thresholds.getOrDefault(c.getKey(), Double.MAX_VALUE);
      c.getValue()
          .forEach(
              (term, weight) -> {
                idx.computeIfAbsent(term, k -> new ArrayList<>()).add(new int[] {i});
                w.computeIfAbsent(term, k -> new ArrayList<>()).add(weight.floatValue());
              });
    }
    idx.forEach(
        (term, list) -> {
          int[] e = new int[list.size()];
          float[] f = new float[list.size()];
          for (int k = 0; k < e.length; k++) {
            e[k] = list.get(k)[0];
            f[k] = w.get(term).get(k);
          }
          postings.put(term, new Posting(e, f));
        });
  }

  /** The shipped centroids. */
  static TopicCentroids load() {
    try (InputStream in = Lexicon.open(FILE)) {
      return read(new GZIPInputStream(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FILE, e);
    }
  }

  /**
   * Lines {@code name<TAB>papers<TAB>threshold<TAB>term=weight|term=weight...}; '#' starts a
   * comment.
   */
  static TopicCentroids read(InputStream in) throws IOException {
    Map<String, Map<String, Double>> centroids = new java.util.LinkedHashMap<>();
    Map<String, Double> thresholds = new HashMap<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    while ((line = r.readLine()) != null) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t");
      thresholds.put(f[0], Double.parseDouble(f[2]));
      Map<String, Double> c = new HashMap<>();
      for (String tw : f[3].split("\\|")) {
        int eq = tw.lastIndexOf('=');
        c.put(tw.substring(0, eq), Double.parseDouble(tw.substring(eq + 1)));
      }
      centroids.put(f[0], c);
    }
    return new TopicCentroids(centroids, thresholds);
  }

  int size() {
    return names.size();
  }

  List<String> names() {
    return List.copyOf(names);
  }

  /**
   * A paper's unit-length TF-IDF vector over the word keys ({@link Text#key}, the corpus df keys)
   * of its nouns, adjectives and verbs and the word pairs of the df table ("kv cache", "knowledge
   * distillation": a pair says more than its words), title words counted twice: (1 + log tf) · idf;
   * words not in the df table (in fewer than {@value CorpusStats#MIN_WORD_DF} corpus papers) left
   * out, a paper's own names say nothing of what other papers are about.
   */
  static Map<String, Double> vector(Annotated a, CorpusStats stats) {
    return vector(a.sentences(), stats);
  }

  private static Map<String, Double> vector(List<Sentence> sentences, CorpusStats stats) {
    Map<String, Integer> tf = new HashMap<>();
    for (Sentence s : sentences) {
      int times = s.index() == Annotator.TITLE ? 2 : 1;
      String previous = null;
      for (Token t : s.tokens()) {
        String k = Text.key(t.word());
        if (k.length() < 2 || !Text.hasLetter(k) || Text.STOP.contains(k) || stats.df(k) == 0) {
          previous = null;
          continue;
        }
        if (previous != null && stats.df(previous + " " + k) > 0) {
          tf.merge(previous + " " + k, times, Integer::sum);
        }
        previous = k;
        String pos = t.pos();
        if (pos.startsWith("NN") || pos.startsWith("JJ") || pos.startsWith("VB")) {
          tf.merge(k, times, Integer::sum);
        }
      }
    }
    Map<String, Double> v = new HashMap<>();
    double norm = 0;
    for (Map.Entry<String, Integer> e : tf.entrySet()) {
      double w = (1 + Math.log(e.getValue())) * stats.idf(e.getKey());
      v.put(e.getKey(), w);
      norm += w * w;
    }
    double n = Math.sqrt(norm);
    v.replaceAll((k, w) -> w / n);
    return v;
  }

  /** The entries most similar to a unit vector, best first, at most {@code k}. */
  List<Scored> nearest(Map<String, Double> vector, int k) {
    double[] sim = new double[names.size()];
    vector.forEach(
        (term, w) -> {
          Posting p = postings.get(term);
          if (p != null) {
            for (int i = 0; i < p.entries().length; i++) {
              sim[p.entries()[i]] += w * p.weights()[i];
            }
          }
        });
    List<Scored> out = new ArrayList<>();
    for (int i = 0; i < sim.length; i++) {
      if (sim[i] > 0) {
        out.add(new Scored(names.get(i), sim[i]));
      }
    }
    out.sort(java.util.Comparator.comparingDouble(s -> -s.similarity()));
    return out.subList(0, Math.min(k, out.size()));
  }

  /**
   * The entry a paper is about without naming it, or null: of the entries its topics do not reach
   * ({@code reached}: their names and ancestors) and whose similarity is at least their threshold
   * ({@link #threshold}) and at least {@value #MIN_SIMILARITY}, the one whose similarity most
   * exceeds its threshold, as a ratio.
   */
  Scored best(Map<String, Double> vector, Set<String> reached) {
    Scored best = null;
    double ratio = 1;
    for (Scored s : nearest(vector, CANDIDATES)) {
      double r = s.similarity() / threshold(s.name());
      if (r >= ratio && s.similarity() >= MIN_SIMILARITY && !reached.contains(s.name())) {
        best = s;
        ratio = r;
      }
    }
    return best;
  }

  /**
   * The similarity from which an entry is a topic: the lowest at which ≥ 60 % of the corpus papers
   * at least as similar have it as a topic or reach it (TopicCentroidsBuilder.calibrate).
   */
  double threshold(String name) {
    return thresholds[index.get(name)];
  }

  /** The entries looked at: the nearest this many. */
  private static final int CANDIDATES = 20;

  /**
   * Below this cosine an entry's centroid says little, however low its calibrated threshold (a
   * generic entry's papers are alike in nothing: "policy optimization" 0.142, "unified evaluation"
   * 0.114, "user interface" 0.066). Of 40 added edges read at random over the corpus (2026-12-04,
   * /work/stores/centroid/sample40-0.6.jsonl) 29 were good; 9 of the 11 generic or wrong ones had a
   * cosine below 0.15, 6 of the 29 good ones. Dev recall 0.434 → 0.431 with it; the judged replay
   * keeps 1,208 good / 161 wrong (without 1,210 / 163; baseline 1,202 / 159).
   */
  static final double MIN_SIMILARITY = 0.15;
}
