package paperkg.neo4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperkg.PaperkgException;
import paperkg.nlp.Extraction;
import paperkg.nlp.Keyphrase;
import paperkg.nlp.MethodMention;
import paperkg.nlp.OrgMention;
import paperkg.nlp.TopicMention;
import paperkg.rdf.Facts;
import paperkg.rdf.ImportRun;
import paperkg.rdf.OntologyMapping;
import paperkg.rdf.RdfMapper;
import paperkg.source.Author;
import paperkg.source.Listing;
import paperkg.source.Paper;
import paperkg.testing.GraphDump;
import paperkg.testing.SharedStore;

/** The offline bulk load leaves the graph that the transactional writes of the same batches do. */
class BulkLoadIT {
  private final OntologyMapping mapping = OntologyMapping.standard();
  private final RdfMapper mapper = new RdfMapper(mapping);

  @Test
  void bulkLoadEqualsTransactionalWritesOfTheSameBatches(@TempDir Path dir) {
    // Given two batches that share an author, a topic (with different alternative names) and a
    // method
    ImportRun run = ImportRun.start("test", "b".repeat(64));
    List<Facts> batches =
        List.of(
            new Facts(
                concat(
                    mapper.runFacts(run).triples(),
                    mapper.toFacts(paper("2412.00001", "LLMs", 3), run).triples())),
            new Facts(
                concat(
                    mapper.toFacts(paper("2412.00002", "LLM", 5), run).triples(),
                    mapper.runFacts(run.finish(2)).triples())));

    // When they are written in transactions, and bulk loaded into a new store
    GraphStore shared = SharedStore.empty();
    GraphWriter writer = new GraphWriter(shared, mapping, 1000);
    writer.applySchema();
    batches.forEach(writer::write);
    List<String> written = GraphDump.of(shared);

    Path bulkDir = dir.resolve("db");
    assertTrue(BulkLoad.possible(bulkDir));
    BulkLoad.Result result =
        BulkLoad.write(bulkDir, batches.stream().map(writer::prepare).toList(), 2);
    List<String> loaded;
    try (GraphStore bulk = GraphStore.open(StoreSettings.embedded(bulkDir))) {
      new GraphWriter(bulk, mapping, 1000).applySchema();
      loaded = GraphDump.of(bulk);
      // GraphDump leaves the run's times out: the second batch's finishedAt won over the first's
      // none
      try (var session = bulk.session()) {
        assertEquals(
            1,
            session
                .run("MATCH (r:ImportRun) WHERE r.finishedAt IS NOT NULL RETURN count(r)")
                .single()
                .get(0)
                .asLong());
      }
      // the unique constraints hold on the loaded store as on any other
      try (var session = bulk.session()) {
        assertEquals(
            7,
            session
                .run("SHOW CONSTRAINTS YIELD type WHERE type = 'UNIQUENESS' RETURN count(*)")
                .single()
                .get(0)
                .asLong());
      }
    }

    // Then both stores hold the same nodes, properties and relationships
    assertEquals(written, loaded, GraphDump.diff(written, loaded));
    assertTrue(loaded.stream().anyMatch(s -> s.contains("altNames=[LLMs, LLM]")), "" + loaded);
    assertEquals(
        loaded.stream().filter(s -> s.startsWith("[")).count(), result.nodes(), "" + loaded);
    assertEquals(writer.totals().relationships, result.relationships());
    assertFalse(BulkLoad.possible(bulkDir));
  }

  @Test
  void refusesAStoreThatHoldsData() {
    Path existing = SharedStore.dir();
    SharedStore.get();
    assertThrows(
        PaperkgException.class,
        () -> BulkLoad.write(existing, List.of(), 1),
        "a store with data must not be overwritten");
  }

  private Extraction paper(String id, String altName, int upvotes) {
    Paper paper =
        Paper.builder("Densing Law " + id)
            .id(id)
            .abstractText("Large Language Models (" + altName + ") have emerged ...")
            .published(LocalDate.of(2024, 12, 5))
            .upvotes(upvotes)
            .author(new Author("Chaojun Xiao", List.of("Tsinghua University")))
            .author(Author.of("Author of " + id))
            .submitter(new Listing("openbmb", "OpenBMB"))
            .build();
    return new Extraction(
        paper,
        42,
        List.of(new Keyphrase("capacity density", 0.9)),
        List.of(
            new TopicMention("large language model", List.of(altName), 0.8, 1, "Large ..."),
            new TopicMention("capacity density", List.of(), 0.7, 2, "capacity density ...")),
        List.of(
            new MethodMention(
                "densing law", "method", MethodMention.Relation.PROPOSES, "the densing law")),
        List.of(new OrgMention("OpenBMB", OrgMention.Relation.SUBMITTED_BY, null)));
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
