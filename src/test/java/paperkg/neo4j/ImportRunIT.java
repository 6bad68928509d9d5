package paperkg.neo4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import paperkg.rdf.ImportRun;
import paperkg.rdf.OntologyMapping;
import paperkg.rdf.RdfMapper;
import paperkg.testing.SharedStore;

/** A re-import reuses its run node; until it finishes, the node must not look finished. */
class ImportRunIT {
  @Test
  void aStartedReimportIsUnfinishedUntilItEnds() {
    // Given a finished run of some input
    GraphStore store = SharedStore.empty();
    GraphWriter writer = new GraphWriter(store, OntologyMapping.standard(), 1000);
    RdfMapper mapper = new RdfMapper(OntologyMapping.standard());
    ImportRun run = ImportRun.start("x.jsonl", "ab".repeat(32));
    writer.write(mapper.runFacts(run.finish(3)));
    assertEquals(
        1,
        SharedStore.count(
            "MATCH (r:ImportRun) WHERE r.finishedAt IS NOT NULL AND r.papers = 3 RETURN count(r)"));

    // When the same input is imported again (ImportJob marks the run, then writes the run node)
    writer.markUnfinished(run.id());
    writer.write(mapper.runFacts(ImportRun.start("x.jsonl", "ab".repeat(32))));

    // Then, should the process die now, the run shows as interrupted
    assertEquals(
        1,
        SharedStore.count(
            "MATCH (r:ImportRun) WHERE r.finishedAt IS NULL AND r.papers IS NULL RETURN count(r)"));
  }
}
