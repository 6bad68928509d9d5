package paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The RDF/XML round trip by file name, as a user types it: `export --format rdfxml -o kg.rdfxml`,
 * then `import kg.rdfxml` into a store that does not exist yet (import creates it), and the same
 * RDF as kg.owl. Before: "kg.rdfxml: [line: 2, col: 1 ] Broken IRI (newline)", and "imported 0
 * papers" for RDF input.
 */
class RdfXmlImportIT {
  @TempDir Path dir;

  @Test
  void exportedRdfXmlImportsByItsExtension() throws Exception {
    Path rdfxml = dir.resolve("kg.rdfxml");
    SeedGraph.runCli(
        "export",
        "--quiet",
        "--uri",
        SeedGraph.get().boltUri(),
        "--format",
        "rdfxml",
        "-o",
        rdfxml.toString());
    Path db = dir.resolve("new-store");

    var run = SeedGraph.runCli("import", "--quiet", "--db", db.toString(), rdfxml.toString());

    assertTrue(
        run.out().startsWith("imported 87 papers from " + rdfxml + " into embedded store "),
        run.out());
    assertTrue(StoreDirectory.isStore(db), "import creates the store");
    var stats = SeedGraph.runCli("stats", "--db", db.toString(), "--format", "json");
    assertTrue(stats.out().contains("\"Paper\""), stats.out());

    // the same bytes named .owl: RDF/XML too, and already imported (nothing new)
    Path owl = Files.copy(rdfxml, dir.resolve("kg.owl"));
    var again = SeedGraph.runCli("import", "--quiet", "--db", db.toString(), owl.toString());
    assertTrue(again.out().startsWith("imported 87 papers from " + owl), again.out());
    assertTrue(again.out().contains("created 0 nodes, 0 relationships"), again.out());
  }
}
