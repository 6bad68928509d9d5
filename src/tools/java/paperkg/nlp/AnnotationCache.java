package paperkg.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
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
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import paperkg.source.Paper;
import paperkg.source.PaperSources;
import paperkg.source.ReaderSettings;

/**
 * Developer helper, not a test: CoreNLP's output for a whole corpus, kept in a gzip JSONL file so
 * the extraction (under a millisecond per paper) can be re-run over thousands of papers in seconds
 * while the rules change. The papers are read with the product's own readers; the annotation is
 * {@link Annotator}'s.
 */
final class AnnotationCache {
  private AnnotationCache() {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The corpus papers in file order, as the import reads them. */
  static List<Paper> papers(Path corpus) {
    List<Paper> papers = new ArrayList<>();
    PaperSources.resolve(List.of(corpus.toString()), null)
        .forEach(in -> PaperSources.read(in, ReaderSettings.defaults(), papers::add));
    return papers;
  }

  /**
   * Annotates the papers on {@code threads} threads into {@code cache} unless it exists; then reads
   * it.
   */
  static Map<String, Annotated> load(List<Paper> papers, Path cache, int threads) throws Exception {
    if (!Files.exists(cache) && !Boolean.getBoolean("partial")) {
      write(papers, cache, threads);
    }
    Path file =
        Files.exists(cache) ? cache : cache.resolveSibling(cache.getFileName() + ".partial");
    Map<String, Paper> byId = new HashMap<>();
    papers.forEach(p -> byId.put(p.id(), p));
    Map<String, Annotated> out = new LinkedHashMap<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      String line;
      while ((line = readLine(r)) != null) {
        JsonNode n = JSON.readTree(line);
        Paper p = byId.get(n.get("id").asText());
        if (p == null) {
          continue;
        }
        List<Sentence> sentences = new ArrayList<>();
        for (JsonNode s : n.get("s")) {
          List<Token> tokens = new ArrayList<>();
          for (JsonNode t : s.get(4)) {
            tokens.add(
                new Token(
                    t.get(0).asText(),
                    t.get(1).isNull() ? null : t.get(1).asText(),
                    t.get(2).asText(),
                    t.get(3).asText(),
                    t.get(4).asInt(),
                    t.get(5).asInt()));
          }
          sentences.add(
              new Sentence(
                  s.get(0).asInt(), s.get(1).asText(), s.get(2).asInt(), s.get(3).asInt(), tokens));
        }
        out.put(p.id(), new Annotated(p, sentences));
      }
    }
    return out;
  }

  /** A line, or null at the end — also at the cut end of a cache still being written. */
  private static String readLine(BufferedReader r) {
    try {
      String line = r.readLine();
      return line != null && line.endsWith("}") ? line : null;
    } catch (java.io.IOException e) {
      return null;
    }
  }

  private static void write(List<Paper> papers, Path cache, int threads) throws Exception {
    Annotator annotator = SharedPipeline.annotator();
    AtomicInteger n = new AtomicInteger();
    long t0 = System.nanoTime();
    // a shuffled order (fixed seed), written as it goes: a cache cut short is a random sample of
    // the corpus
    List<Paper> order = new ArrayList<>(papers);
    java.util.Collections.shuffle(order, new java.util.Random(20261201));
    Path partial = cache.resolveSibling(cache.getFileName() + ".partial");
    try (PrintWriter w =
        new PrintWriter(
            new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(partial), true),
                StandardCharsets.UTF_8))) {
      write(order, annotator, w, threads, n, t0);
    }
    Files.move(partial, cache);
  }

  private static void write(
      List<Paper> papers, Annotator annotator, PrintWriter w, int threads, AtomicInteger n, long t0)
      throws Exception {
    new ForkJoinPool(threads)
        .submit(
            () ->
                papers.parallelStream()
                    .forEach(
                        p -> {
                          Annotated a = annotator.annotate(p);
                          List<Object> sentences = new ArrayList<>();
                          for (Sentence s : a.sentences()) {
                            List<Object> tokens = new ArrayList<>();
                            for (Token t : s.tokens()) {
                              tokens.add(
                                  List.of(
                                      t.word(),
                                      t.lemma() == null ? "" : t.lemma(),
                                      t.pos(),
                                      t.ner(),
                                      t.begin(),
                                      t.end()));
                            }
                            sentences.add(List.of(s.index(), s.text(), s.begin(), s.end(), tokens));
                          }
                          try {
                            String line =
                                JSON.writeValueAsString(Map.of("id", p.id(), "s", sentences));
                            synchronized (w) {
                              w.println(line);
                              w.flush();
                            }
                          } catch (Exception e) {
                            throw new IllegalStateException(e);
                          }
                          int k = n.incrementAndGet();
                          if (k % 500 == 0) {
                            System.err.printf(
                                "annotated %d papers, %.0f s%n", k, (System.nanoTime() - t0) / 1e9);
                          }
                        }))
        .get();
  }
}
