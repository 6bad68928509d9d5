package paperkg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import paperkg.source.Paper;

/**
 * Developer tool, not a test: prints the extraction of seed papers and measures the pipeline.
 * {@code java -cp ... paperkg.nlp.SeedDump [titlePrefix...]}; with {@code --bench} it times the
 * stages.
 */
final class SeedDump {
  public static void main(String[] args) throws Exception {
    long t0 = System.nanoTime();
    Annotator annotator = Annotator.create();
    double load = (System.nanoTime() - t0) / 1e9;
    t0 = System.nanoTime();
    Extractor extractor = Extractor.create();
    double exLoad = (System.nanoTime() - t0) / 1e9;
    List<Paper> papers = SeedListing.papers();
    System.out.printf(
        "papers=%d pipeline load %.1f s, extractor load %.2f s%n", papers.size(), load, exLoad);
    boolean bench = args.length > 0 && args[0].equals("--bench");
    if (bench) {
      // warm up: the whole seed twice
      for (int k = 0; k < 2; k++) {
        for (Paper p : papers) {
          annotator.annotate(p);
        }
      }
      for (int round = 0; round < 3; round++) {
        for (int threads : new int[] {1, 2}) {
          ExecutorService ex = Executors.newFixedThreadPool(threads);
          long s = System.nanoTime();
          List<Future<Annotated>> fs = new ArrayList<>();
          for (Paper p : papers) {
            fs.add(ex.submit(() -> annotator.annotate(p)));
          }
          List<Annotated> as = new ArrayList<>();
          long tokens = 0;
          for (Future<Annotated> f : fs) {
            Annotated a = f.get();
            as.add(a);
            tokens += a.tokenCount();
          }
          double secs = (System.nanoTime() - s) / 1e9;
          ex.shutdown();
          long e0 = System.nanoTime();
          for (int k = 0; k < 5; k++) {
            for (Annotated a : as) {
              extractor.extract(a);
            }
          }
          double exSecs = (System.nanoTime() - e0) / 1e9 / 5;
          System.out.printf(
              "round %d threads=%d: %d tokens in %.2f s = %.0f tokens/s; extract %.3f ms/paper%n",
              round, threads, tokens, secs, tokens / secs, exSecs * 1000 / as.size());
        }
      }
      return;
    }
    for (Paper p : papers) {
      boolean match = args.length == 0;
      for (String a : args) {
        match |= p.title().startsWith(a);
      }
      if (!match) {
        continue;
      }
      Extraction e = extractor.extract(annotator.annotate(p));
      System.out.println(
          "=== " + p.title() + (p.submitter() == null ? "" : "  [" + p.submitter().name() + "]"));
      StringBuilder kp = new StringBuilder();
      for (Keyphrase k : e.keyphrases()) {
        kp.append(k.text()).append(" ").append(k.score()).append("; ");
      }
      System.out.println("  keyphrases: " + kp);
      for (TopicMention t : e.topics()) {
        System.out.println(
            "  topic " + t.rank() + " " + t.name() + " " + t.score() + " " + t.altNames());
      }
      for (MethodMention m : e.methods()) {
        System.out.println("  " + m.relation() + " " + m.name() + " (" + m.kind() + ")");
      }
      for (OrgMention o : e.organisations()) {
        System.out.println("  " + o.relation() + " org " + o.name());
      }
    }
  }
}
