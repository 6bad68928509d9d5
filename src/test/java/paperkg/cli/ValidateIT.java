package paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * `paperkg validate` on the real seed graph, and on the same graph after breaking it on purpose.
 */
class ValidateIT {
  @Test
  void theSeedGraphConforms() {
    var graph = SeedGraph.get();
    var run = SeedGraph.runCli("validate", "--uri", graph.boltUri());
    assertTrue(run.out().startsWith("conforms: "), run.out());
  }

  @Test
  void aBrokenGraphFailsWithAReport() {
    var graph = SeedGraph.get();
    try (var session = graph.session()) {
      // a paper without title, a method of an unknown kind, a topic whose name is a number
      session
          .run(
              "CREATE (:Paper {id: 'broken-paper', upvotes: 2}), (:Method {id: 'broken-method', name: 'X', kind: 'banana'}), "
                  + "(:Topic {id: 'broken-topic', name: 42})")
          .consume();
      var run = SeedGraph.tryCli("validate", "--uri", graph.boltUri());
      assertEquals(1, run.exitCode(), run.out() + run.err());
      assertTrue(run.out().contains("paper:broken-paper  dcterms:title"), run.out());
      assertTrue(run.out().contains("method:broken-method  pkg:kind \"banana\""), run.out());
      assertTrue(
          run.out().contains("topic:broken-topic  skos:prefLabel \"42\"^^xsd:integer"), run.out());
      assertTrue(run.out().contains("does not conform: 3 results"), run.out());
    } finally {
      try (var session = graph.session()) {
        session.run("MATCH (n) WHERE n.id STARTS WITH 'broken-' DETACH DELETE n").consume();
      }
    }
  }
}
