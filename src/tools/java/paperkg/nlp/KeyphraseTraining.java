package paperkg.nlp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import paperkg.eval.GoldDoc;
import paperkg.eval.GoldFiles;
import paperkg.eval.Scoring;
import paperkg.eval.Stems;

/**
 * Trains {@link KeyphraseModel} (L2-regularized logistic regression by batch gradient descent, L2
 * 1e-4, 3000 steps: 28 weights, no library needed) on the Inspec dev abstracts and reports 5-fold
 * cross-validated F1@5/@10 — folds are documents, so no abstract is scored by a model that saw it.
 * Writes the weights trained on all documents to src/main/resources{@value KeyphraseModel#FILE}.
 * Not a test: run it with the test classpath (see {@link QualityBench}) after changing the
 * features.
 */
public final class KeyphraseTraining {
  static final int FOLDS = 5;
  static final double L2 = Double.parseDouble(System.getProperty("l2", "1e-4"));
  static final int ITERATIONS = Integer.getInteger("it", 3000);
  static final double RATE = Double.parseDouble(System.getProperty("rate", "1.0"));

  record Doc(GoldDoc gold, List<Concept> concepts, List<Boolean> labels) {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("usage: KeyphraseTraining DIR (holding inspec/inspec_dev.jsonl)");
      System.exit(2);
    }
    Path data = Path.of(args[0]);
    List<GoldDoc> inspec = GoldFiles.inspec(data.resolve("inspec/inspec_dev.jsonl"));
    Extractor extractor =
        new Extractor(CorpusStats.load(), KeyphraseModel.heuristic(), TopicVocabulary.load());
    List<Doc> docs = new ArrayList<>();
    List<Annotated> annotated = QualityBench.annotated(inspec, "inspec");
    for (int i = 0; i < inspec.size(); i++) {
      Set<String> gold = new HashSet<>();
      inspec.get(i).gold().forEach(g -> gold.add(Stems.of(g.text())));
      List<Concept> cs = extractor.concepts(annotated.get(i));
      docs.add(
          new Doc(
              inspec.get(i),
              cs,
              cs.stream().map(c -> gold.contains(Stems.of(c.surface()))).toList()));
    }
    List<Doc> heldOut = new ArrayList<>();
    Map<String, Extraction> predicted = new HashMap<>();
    for (int fold = 0; fold < FOLDS; fold++) {
      List<Doc> train = new ArrayList<>();
      List<Doc> test = new ArrayList<>();
      for (int i = 0; i < docs.size(); i++) {
        (i % FOLDS == fold ? test : train).add(docs.get(i));
      }
      double[] w = train(train);
      for (Doc d : test) {
        predicted.put(d.gold().id(), rankWith(w, d));
        heldOut.add(d);
      }
    }
    List<GoldDoc> golds = heldOut.stream().map(Doc::gold).toList();
    Scoring.KeyphraseReport cv = Scoring.keyphrases(golds, predicted);
    Map<String, Extraction> heuristic = new HashMap<>();
    for (Doc d : docs) {
      heuristic.put(d.gold().id(), rankWith(null, d));
    }
    Scoring.KeyphraseReport base = Scoring.keyphrases(golds, heuristic);
    System.out.println("heuristic " + base.toJson());
    System.out.println(FOLDS + "-fold CV " + cv.toJson());
    double[] w = train(docs);
    StringBuilder sb = new StringBuilder();
    sb.append(
        "# keyphrase ranker: logistic regression weights, written by KeyphraseTraining (test scope)\n");
    sb.append("# trained on ")
        .append(docs.size())
        .append(" Inspec dev abstracts; ")
        .append(FOLDS)
        .append("-fold cross-validated over documents: F1@5 ")
        .append(String.format(Locale.ROOT, "%.4f", cv.at().get(5).f1()))
        .append(", F1@10 ")
        .append(String.format(Locale.ROOT, "%.4f", cv.at().get(10).f1()))
        .append('\n');
    for (int i = 0; i < w.length; i++) {
      sb.append(KeyphraseModel.FEATURES.get(i))
          .append('\t')
          .append(String.format(Locale.ROOT, "%.6f", w[i]))
          .append('\n');
    }
    Path out = Path.of("src/main/resources" + Lexicon.FOLDER + KeyphraseModel.FILE);
    Files.writeString(out, sb.toString());
    System.out.print(sb);
  }

  /**
   * The document's keyphrases ranked by the weights (null: the heuristic score), as an extraction:
   * {@link KeyphraseRanker#listed} without the score cut (the concepts' scores are the heuristic's
   * here), so always up to {@value KeyphraseRanker#KEYPHRASES}.
   */
  static Extraction rankWith(double[] w, Doc d) {
    List<Concept> cs = new ArrayList<>(d.concepts());
    cs.sort(
        Comparator.comparingDouble(
            c -> -(w == null ? c.keyScore : KeyphraseModel.dot(w, c.features.vector()))));
    List<Keyphrase> kps = new ArrayList<>();
    for (Concept c : KeyphraseRanker.listed(cs, Double.NEGATIVE_INFINITY)) {
      kps.add(new Keyphrase(c.surface(), 0));
    }
    return new Extraction(d.gold().paper(), 0, kps, List.of(), List.of(), List.of());
  }

  static final String OBJECTIVE = System.getProperty("obj", "point");
  static final double MIX = Double.parseDouble(System.getProperty("mix", "0.5"));

  static double[] train(List<Doc> docs) {
    return OBJECTIVE.equals("point") ? trainPointwise(docs) : trainListwise(docs);
  }

  /**
   * Listwise (ListNet-style) objective: per document, a softmax over its concepts; the loss is the
   * cross entropy against the gold distribution (uniform over the document's gold concepts). With
   * obj=mix, MIX weighs it against the pointwise log loss.
   */
  static double[] trainListwise(List<Doc> docs) {
    int dims = KeyphraseModel.FEATURES.size();
    double[] w = new double[dims];
    int n = 0;
    for (Doc d : docs) {
      n += d.concepts().size();
    }
    boolean mix = OBJECTIVE.equals("mix");
    for (int it = 0; it < ITERATIONS; it++) {
      double[] grad = new double[dims];
      double[] gradPoint = new double[dims];
      int listDocs = 0;
      for (Doc d : docs) {
        int m = d.concepts().size();
        int pos = 0;
        for (boolean b : d.labels()) {
          pos += b ? 1 : 0;
        }
        double[] z = new double[m];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < m; i++) {
          z[i] = KeyphraseModel.dot(w, d.concepts().get(i).features.vector());
          max = Math.max(max, z[i]);
          if (mix) {
            double err = KeyphraseModel.sigmoid(z[i]) - (d.labels().get(i) ? 1 : 0);
            double[] x = d.concepts().get(i).features.vector();
            for (int j = 0; j < dims; j++) {
              gradPoint[j] += err * x[j];
            }
          }
        }
        if (pos == 0) {
          continue;
        }
        listDocs++;
        double sum = 0;
        for (int i = 0; i < m; i++) {
          z[i] = Math.exp(z[i] - max);
          sum += z[i];
        }
        for (int i = 0; i < m; i++) {
          double err = z[i] / sum - (d.labels().get(i) ? 1.0 / pos : 0);
          double[] x = d.concepts().get(i).features.vector();
          for (int j = 0; j < dims; j++) {
            grad[j] += err * x[j];
          }
        }
      }
      for (int j = 0; j < dims; j++) {
        double g =
            mix ? MIX * grad[j] / listDocs + (1 - MIX) * gradPoint[j] / n : grad[j] / listDocs;
        w[j] -= RATE * (g + (j == 0 ? 0 : L2 * w[j]));
      }
    }
    return w;
  }

  static double[] trainPointwise(List<Doc> docs) {
    List<double[]> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    for (Doc d : docs) {
      for (int i = 0; i < d.concepts().size(); i++) {
        xs.add(d.concepts().get(i).features.vector());
        ys.add(d.labels().get(i) ? 1.0 : 0.0);
      }
    }
    int n = xs.size();
    int dims = KeyphraseModel.FEATURES.size();
    double[] w = new double[dims];
    for (int it = 0; it < ITERATIONS; it++) {
      double[] grad = new double[dims];
      for (int i = 0; i < n; i++) {
        double[] x = xs.get(i);
        double err = KeyphraseModel.sigmoid(KeyphraseModel.dot(w, x)) - ys.get(i);
        for (int j = 0; j < dims; j++) {
          grad[j] += err * x[j];
        }
      }
      for (int j = 0; j < dims; j++) {
        w[j] -= RATE * (grad[j] / n + (j == 0 ? 0 : L2 * w[j]));
      }
    }
    return w;
  }
}
