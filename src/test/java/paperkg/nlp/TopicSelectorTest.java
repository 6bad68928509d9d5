package paperkg.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import paperkg.source.Paper;

/** The passing-mention test of {@link TopicSelector}, on sentences of real corpus abstracts. */
class TopicSelectorTest {
  private static Sentence sentence(int index, String text) {
    return new Sentence(index, text, 0, text.length(), List.of());
  }

  // SpeakerVid-5M: supervised fine-tuning is named once, in the fifth sentence of the abstract
  private static final Sentence LATE =
      sentence(
          5,
          "Second, it is stratified into a large-scale pre-training subset and a curated,"
              + " high-quality subset for Supervised Fine-Tuning (SFT).");

  @Test
  void oneLateSentenceIsAPassingMentionHoweverOftenItNamesTheConcept() {
    assertTrue(TopicSelector.passing(List.of(LATE)));
    assertTrue(TopicSelector.passing(List.of(LATE, LATE))); // "Supervised Fine-Tuning (SFT)"
  }

  @Test
  void theTitleAnOpeningSentenceOrASecondSentenceMakeItMoreThanPassing() {
    assertFalse(TopicSelector.passing(List.of(sentence(Annotator.TITLE, "SFT for X"), LATE)));
    assertFalse(TopicSelector.passing(List.of(sentence(TopicSelector.EARLY, "We study SFT."))));
    assertFalse(TopicSelector.passing(List.of(LATE, sentence(7, "SFT helps."))));
  }

  @Test
  void theTitleKeyFindsAnEntryInsideALongerTitleName() {
    String title = "Confucius Code Agent: An Open-sourced AI Software Engineer at Industrial Scale";
    Annotated a =
        new Annotated(Paper.builder(title).build(), List.of(sentence(Annotator.TITLE, title)));
    String key = TopicSelector.titleKey(a);
    assertTrue(key.contains(" " + ConceptIdentity.key("code agents") + " "), key);
    assertFalse(key.contains(" " + ConceptIdentity.key("software agent") + " "), key);
  }
}
