package paperkg.neo4j;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Neo4j's "not in the database" warnings: passed on for misspelt names, not for the ontology's own
 * labels, types and keys a graph does not use yet (the query library on the example graph).
 */
class CypherRunnerWarningsTest {
  private static final String TYPE =
      "Neo.ClientNotification.Statement.UnknownRelationshipTypeWarning";
  private static final String KEY = "Neo.ClientNotification.Statement.UnknownPropertyKeyWarning";
  private static final String LABEL = "Neo.ClientNotification.Statement.UnknownLabelWarning";

  private static String type(String name) {
    return "One of the relationship types in your query is not available in the database, make"
        + " sure you didn't misspell it (the missing relationship type is: "
        + name
        + ")";
  }

  @Test
  void declaredButUnusedNamesAreNotWarnings() {
    assertTrue(CypherRunner.unknownButDeclared(TYPE, type("AUTHORED")));
    assertTrue(CypherRunner.unknownButDeclared(TYPE, type("AFFILIATED_WITH")));
    assertTrue(
        CypherRunner.unknownButDeclared(
            KEY, "One of the property names ... (the missing property name is: orcid)"));
    assertTrue(
        CypherRunner.unknownButDeclared(
            LABEL, "One of the labels ... (the missing label name is: Author)"));
  }

  @Test
  void misspeltNamesStayWarnings() {
    assertFalse(CypherRunner.unknownButDeclared(TYPE, type("AUTHOREDD")));
    assertFalse(
        CypherRunner.unknownButDeclared(
            KEY, "One of the property names ... (the missing property name is: titel)"));
    assertFalse(
        CypherRunner.unknownButDeclared(
            LABEL, "One of the labels ... (the missing label name is: Papr)"));
  }

  @Test
  void otherWarningsStay() {
    assertFalse(
        CypherRunner.unknownButDeclared(
            "Neo.ClientNotification.Statement.CartesianProduct", type("AUTHORED")));
  }
}
