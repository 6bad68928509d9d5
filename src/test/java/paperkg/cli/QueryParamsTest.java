package paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryParamsTest {
  @Test
  void numbersAndBooleansAreTypedTheRestAreStrings() {
    Map<String, Object> typed =
        QueryCommand.typed(
            Map.of("k", "10", "x", "0.5", "b", "true", "topic", "large language model"));
    assertEquals(10L, typed.get("k"));
    assertEquals(0.5, typed.get("x"));
    assertEquals(true, typed.get("b"));
    assertEquals("large language model", typed.get("topic"));
  }

  @Test
  void aQuotedValueStaysAString() {
    // an arXiv id would otherwise become the number 2501.00001 and match no paper id
    assertEquals("2501.00001", QueryCommand.typed(Map.of("id", "'2501.00001'")).get("id"));
    assertEquals(2501.00001, QueryCommand.typed(Map.of("id", "2501.00001")).get("id"));
  }
}
