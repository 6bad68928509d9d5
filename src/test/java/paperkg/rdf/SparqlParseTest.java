package paperkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import paperkg.PaperkgException;

/**
 * Parsing with our prefixes: instance IRIs by class prefix, and the one-line hint for
 * id:org/openbmb.
 */
class SparqlParseTest {
  @Test
  void classPrefixesNameInstances() {
    var q = Sparql.parse("DESCRIBE organisation:openbmb paper:2511.03506");
    assertEquals("https://paperkg.org/id/org/openbmb", q.getResultURIs().get(0).getURI());
    assertEquals("https://paperkg.org/id/paper/2511.03506", q.getResultURIs().get(1).getURI());
    var escaped = Sparql.parse("DESCRIBE id:org\\/openbmb");
    assertEquals("https://paperkg.org/id/org/openbmb", escaped.getResultURIs().get(0).getURI());
  }

  @Test
  void aSlashInAPrefixedNameGetsTheWorkingForms() {
    var e = assertThrows(PaperkgException.class, () -> Sparql.parse("DESCRIBE id:org/openbmb"));
    assertEquals(
        "SPARQL syntax error: Encountered \" \"/\" \"/ \"\" at line 1, column 16. (a prefixed name cannot "
            + "contain '/': write id:org\\/openbmb or organisation:openbmb)",
        e.getMessage());
    assertEquals(2, e.exitCode());
  }
}
