package paperkg.neo4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import paperkg.nlp.Extraction;
import paperkg.nlp.Keyphrase;
import paperkg.nlp.MethodMention;
import paperkg.nlp.OrgMention;
import paperkg.nlp.TopicMention;
import paperkg.rdf.ImportRun;
import paperkg.rdf.OntologyMapping;
import paperkg.rdf.RdfMapper;
import paperkg.source.Author;
import paperkg.source.Listing;
import paperkg.source.Paper;
import paperkg.testing.SharedStore;

class GraphWriterIT {
  private GraphStore store;
  private GraphWriter writer;
  private final RdfMapper mapper = new RdfMapper(OntologyMapping.standard());

  @BeforeEach
  void emptyStore() {
    store = SharedStore.empty();
    writer = new GraphWriter(store, OntologyMapping.standard(), 1000);
    writer.applySchema();
  }

  @Test
  void driverTalksBoltToTheEmbeddedServer() {
    // The driver reached the embedded server over a real Bolt socket: the agent names Neo4j 5.26.
    assertTrue(store.boltUri().startsWith("bolt://127.0.0.1:"), store.boltUri());
    try (var session = store.session()) {
      var summary = session.run("RETURN 1").consume();
      assertTrue(summary.server().agent().startsWith("Neo4j/5.26"), summary.server().agent());
      assertTrue(
          summary.server().protocolVersion().startsWith("5."), summary.server().protocolVersion());
    }
  }

  @Test
  void warmUpPlansEveryShapeAndLeavesNothingBehind() {
    // When
    writer.warmUp();

    // Then the rolled-back placeholders are gone, and the node and relationship queries were
    // planned
    assertEquals(0, SharedStore.count("MATCH (n) RETURN count(n)"));
    assertEquals(0, writer.totals().nodes + writer.totals().relationships);
    assertTrue(
        writer.preparedQueries() >= OntologyMapping.standard().labels().size() + 8,
        "" + writer.preparedQueries());
  }

  @Test
  void backgroundWarmUpGivesWayToTheFirstWriteAndLeavesOnlyThatWrite() {
    // Given the warm-up started on its own thread
    writer.warmUpInBackground();

    // When a paper is written at once
    Paper paper = Paper.builder("A").id("a").build();
    writer.write(
        mapper.toFacts(
            new Extraction(
                paper,
                1,
                List.of(),
                List.of(new TopicMention("large language model", List.of(), 1, 1, "s")),
                List.of(),
                List.of()),
            null));

    // Then the write stopped the warm-up or waited for its end: no placeholder is left, only the
    // write's own nodes
    assertEquals(2, SharedStore.count("MATCH (n) RETURN count(n)"));
    assertEquals(1, SharedStore.count("MATCH (:Paper {id:'a'})-[r:HAS_TOPIC]->() RETURN count(r)"));
    // and a warm-up asked for later still plans every shape
    writer.warmUp();
    assertTrue(
        writer.preparedQueries() >= OntologyMapping.standard().labels().size() + 8,
        "" + writer.preparedQueries());
    assertEquals(2, SharedStore.count("MATCH (n) RETURN count(n)"));
  }

  @Test
  void writesNodesRelationshipsAndEdgePropertiesAndReimportChangesNothing() {
    // Given one extracted paper
    Paper paper =
        Paper.builder("Densing Law of LLMs")
            .id("2412.04315")
            .abstractText("Large Language Models (LLMs) have emerged ...")
            .published(LocalDate.of(2024, 12, 5))
            .upvotes(2)
            .author(new Author("Chaojun Xiao", List.of("Tsinghua University")))
            .author(Author.of("Jie Cai"))
            .submitter(new Listing("openbmb", "OpenBMB"))
            .build();
    Extraction e =
        new Extraction(
            paper,
            42,
            List.of(new Keyphrase("capacity density", 0.9)),
            List.of(
                new TopicMention(
                    "large language model",
                    List.of("LLMs", "LLM"),
                    0.8,
                    1,
                    "Large Language Models (LLMs) have emerged"),
                new TopicMention("capacity density", List.of(), 0.7, 2, "capacity density ...")),
            List.of(
                new MethodMention(
                    "densing law", "method", MethodMention.Relation.PROPOSES, "the densing law")),
            List.of(new OrgMention("OpenBMB", OrgMention.Relation.SUBMITTED_BY, null)));
    ImportRun run = ImportRun.start("test", "a".repeat(64));

    // When it is written twice
    var first = writer.write(mapper.toFacts(e, run));
    var second = writer.write(mapper.toFacts(e, run));

    // Then the graph holds it once, with typed properties and edge properties
    assertEquals(0, first.ignoredTriples);
    assertTrue(first.nodes >= 8, "nodes created: " + first.nodes);
    assertEquals(0, second.nodes);
    assertEquals(0, second.relationships);
    assertEquals(
        1,
        SharedStore.count(
            "MATCH (p:Paper {id:'2412.04315'}) WHERE p.published = date('2024-12-05') AND p.upvotes = 2 AND p.authorCount = 2 RETURN count(p)"));
    assertEquals(
        1,
        SharedStore.count(
            "MATCH (:Paper)-[r:HAS_TOPIC {rank: 1}]->(t:Topic {id:'large-language-model'}) WHERE r.score = 0.8 AND 'LLMs' IN t.altNames RETURN count(r)"));
    assertEquals(
        1,
        SharedStore.count(
            "MATCH (:Paper)-[:SUBMITTED_BY]->(o:Organisation {name:'OpenBMB', handle:'openbmb'}) RETURN count(o)"));
    assertEquals(
        1,
        SharedStore.count(
            "MATCH (:Author {name:'Chaojun Xiao'})-[:AFFILIATED_WITH]->(:Organisation {name:'Tsinghua University'}) RETURN count(*)"));
    assertEquals(
        2,
        SharedStore.count(
            "MATCH (:Author)-[r:AUTHORED]->(:Paper) WHERE r.position IN [1, 2] RETURN count(r)"));
    assertEquals(
        1,
        SharedStore.count(
            "MATCH (:Paper)-[:PROPOSES]->(m:Method {kind:'method'}) RETURN count(m)"));
    assertEquals(
        1,
        SharedStore.count(
            "MATCH (:Paper)-[:IMPORTED_IN]->(r:ImportRun) WHERE r.finishedAt IS NULL RETURN count(r)"));
  }

  @Test
  void listPropertiesAreMergedByUnionAcrossWrites() {
    Paper a = Paper.builder("A").id("a").build();
    Paper b = Paper.builder("B").id("b").build();
    writer.write(
        mapper.toFacts(
            new Extraction(
                a,
                1,
                List.of(),
                List.of(new TopicMention("large language model", List.of("LLMs"), 1, 1, "s")),
                List.of(),
                List.of()),
            null));
    writer.write(
        mapper.toFacts(
            new Extraction(
                b,
                1,
                List.of(),
                List.of(
                    new TopicMention("large language model", List.of("LLM", "LLMs"), 1, 1, "s")),
                List.of(),
                List.of()),
            null));
    assertEquals(
        2,
        SharedStore.count("MATCH (t:Topic {id:'large-language-model'}) RETURN size(t.altNames)"));
  }
}
