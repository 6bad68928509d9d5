package paperkg.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LexiconTest {
  @Test
  void aMissingFileFailsWithItsName() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Lexicon.open("no-such-table.tsv"));
    assertTrue(e.getMessage().contains("/paperkg/nlp/no-such-table.tsv"), e.getMessage());
    assertThrows(IllegalStateException.class, () -> Lexicon.lines("no-such-list.txt"));
  }

  @Test
  void everyShippedTableLoadsThroughTheOneLoader() {
    // each of these opens its file with Lexicon.open; a slip in packaging or format fails here
    assertFalse(TopicVocabulary.load().entries().isEmpty());
    assertFalse(TopicFields.load().fields().isEmpty());
    assertTrue(CorpusStats.load().docs() > 1000);
    KeyphraseModel.load();
    assertTrue(Lexicon.lines("model-families.txt").stream().noneMatch(l -> l.startsWith("#")));
  }
}
