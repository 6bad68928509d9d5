package paperkg.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import paperkg.neo4j.BulkLoad;
import paperkg.neo4j.GraphStore;
import paperkg.neo4j.GraphWriter;
import paperkg.neo4j.StoreSettings;
import paperkg.nlp.Extraction;
import paperkg.nlp.TopicMention;
import paperkg.rdf.Facts;
import paperkg.rdf.ImportRun;
import paperkg.rdf.OntologyMapping;
import paperkg.rdf.RdfMapper;
import paperkg.source.Paper;
import paperkg.source.PaperSources;
import paperkg.source.ReaderSettings;

/**
 * Neo4j load alone, without CoreNLP, for tuning the writer (docs/PERFORMANCE.md): N corpus papers
 * with their authors and title words as stand-in topics, written in batches of P papers into a
 * fresh store after the writer's warm-up (as import does). The TOTAL line is the load rate from
 * already-built rows (Rows.of excluded). {@code bench} reports the same figure for real extractions
 * ({@code load_rows_relationships_per_second}). Usage: LoadProbe FILE N PAPERS_PER_TX
 * ROWS_PER_QUERY
 */
public final class LoadProbe {
  private LoadProbe() {}

  public static void main(String... args) throws Exception {
    int rowsPerQuery = Integer.parseInt(args[3]);
    OntologyMapping mapping = OntologyMapping.standard();
    List<Facts> batches = batches(args[0], Integer.parseInt(args[1]), Integer.parseInt(args[2]));
    Path dir = Files.createTempDirectory("paperkg-probe");
    List<GraphWriter.Batch> prepared = new ArrayList<>();
    long t0 = System.nanoTime();
    try (GraphStore store = GraphStore.open(StoreSettings.embedded(dir))) {
      GraphWriter writer = new GraphWriter(store, mapping, rowsPerQuery);
      writer.applySchema();
      writer.warmUp(); // as import does while the CoreNLP models load
      System.out.printf("store + schema + warm-up %.1f s%n", (System.nanoTime() - t0) / 1e9);
      double rowSeconds = 0;
      double writeSeconds = 0;
      long rels = 0;
      for (Facts f : batches) {
        long t1 = System.nanoTime();
        GraphWriter.Batch batch =
            writer.prepare(f); // what write(Facts) also does first: timed apart
        prepared.add(batch);
        double rs = (System.nanoTime() - t1) / 1e9;
        t1 = System.nanoTime();
        var c = writer.write(batch);
        double s = (System.nanoTime() - t1) / 1e9;
        rowSeconds += rs;
        writeSeconds += s + rs;
        rels += c.relationships;
        System.out.printf(
            "batch %d triples: %d nodes %d rels in %.2f s (rows %.2f s) = %.0f rels/s from rows%n",
            f.size(), c.nodes, c.relationships, s, rs, c.relationships / Math.max(1e-9, s));
      }
      System.out.printf(
          "TOTAL %d rels in %.2f s of writes, %.2f s of it building rows: %.0f rels/s from rows, "
              + "%.0f rels/s with row building%n",
          rels,
          writeSeconds,
          rowSeconds,
          rels / Math.max(1e-9, writeSeconds - rowSeconds),
          rels / writeSeconds);
    }
    bulk(prepared, mapping);
  }

  /**
   * The same rows through the offline importer into a new store, then the schema built over them.
   */
  private static void bulk(List<GraphWriter.Batch> prepared, OntologyMapping mapping)
      throws Exception {
    Path dir = Files.createTempDirectory("paperkg-probe-bulk").resolve("db");
    long t0 = System.nanoTime();
    BulkLoad.Result r = BulkLoad.write(dir, prepared, 2);
    double load = (System.nanoTime() - t0) / 1e9;
    long t1 = System.nanoTime();
    try (GraphStore store = GraphStore.open(StoreSettings.embedded(dir))) {
      double start = (System.nanoTime() - t1) / 1e9;
      long t2 = System.nanoTime();
      GraphWriter writer = new GraphWriter(store, mapping, 1);
      writer.applySchema();
      writer.awaitIndexes();
      double index = (System.nanoTime() - t2) / 1e9;
      System.out.printf(
          "BULK %d nodes %d rels: importer %.2f s, store start %.2f s, schema + indexes %.2f s: "
              + "%.0f rels/s (importer + indexes)%n",
          r.nodes(), r.relationships(), load, start, index, r.relationships() / (load + index));
    }
  }

  /** N corpus papers as facts, in batches of perTx papers. */
  static List<Facts> batches(String file, int n, int perTx) throws Exception {
    List<Paper> papers = new ArrayList<>();
    PaperSources.read(
        PaperSources.resolve(List.of(file), null).get(0),
        ReaderSettings.defaults(),
        p -> {
          if (papers.size() < n) papers.add(p);
        });
    RdfMapper mapper = new RdfMapper(OntologyMapping.standard());
    ImportRun run = ImportRun.start("probe", "probe-" + System.nanoTime());
    List<Facts> batches = new ArrayList<>();
    List<org.apache.jena.graph.Triple> pending = new ArrayList<>();
    for (int i = 0; i < papers.size(); i++) {
      pending.addAll(mapper.toFacts(stand_in(papers.get(i)), run).triples());
      if ((i + 1) % perTx == 0 || i == papers.size() - 1) {
        batches.add(new Facts(pending));
        pending = new ArrayList<>();
      }
    }
    return batches;
  }

  private static Extraction stand_in(Paper p) {
    Set<String> words = new LinkedHashSet<>();
    for (String w : p.title().toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
      if (w.length() > 3) words.add(w);
    }
    List<TopicMention> topics = new ArrayList<>();
    int rank = 1;
    for (String w : words) {
      topics.add(new TopicMention(w, List.of(), 1.0 / rank, rank, p.title()));
      if (++rank > 8) break;
    }
    return new Extraction(p, 0, List.of(), topics, List.of(), List.of());
  }
}
