package paperkg.eval;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Precision, recall and their harmonic mean F1. */
public record Prf(double precision, double recall, double f1) {
  static final Prf ZERO = new Prf(0, 0, 0);

  /**
   * From counts: {@code hits} of {@code predicted} predictions matched, out of {@code gold} gold
   * items.
   */
  static Prf of(int hits, int predicted, int gold) {
    double p = predicted == 0 ? 0 : hits / (double) predicted;
    double r = gold == 0 ? 0 : hits / (double) gold;
    return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
  }

  /** Macro average: the mean of each figure over documents (F1 is the mean of per-document F1s). */
  static Prf mean(Collection<Prf> perDocument) {
    if (perDocument.isEmpty()) {
      return ZERO;
    }
    double p = 0;
    double r = 0;
    double f = 0;
    for (Prf x : perDocument) {
      p += x.precision;
      r += x.recall;
      f += x.f1;
    }
    int n = perDocument.size();
    return new Prf(p / n, r / n, f / n);
  }

  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("precision", round(precision));
    m.put("recall", round(recall));
    m.put("f1", round(f1));
    return m;
  }

  static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
