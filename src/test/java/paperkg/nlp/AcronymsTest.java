package paperkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AcronymsTest {
  @Test
  void schwartzHearstFindsTheShortestMatchingLongForm() {
    assertEquals(
        3, Acronyms.longFormLength(Tokens.words("adopt the term large language models"), "LLMs"));
    assertEquals(
        3,
        Acronyms.longFormLength(
            Tokens.words("We introduce Simplified Digestive Cancer"), "SimpleDC"));
    assertEquals(2, Acronyms.longFormLength(Tokens.words("recent vision-language models"), "VLMs"));
    assertEquals(
        5,
        Acronyms.longFormLength(
            Tokens.words("reinforcement learning with verifiable rewards"), "RLVR"));
  }

  @Test
  void initialsBeatInnerLetters() {
    assertEquals(
        3, Acronyms.longFormLength(Tokens.words("we use Proximal Policy Optimization"), "PPO"));
    assertEquals(1, Acronyms.longFormLength(Tokens.words("long chain-of-thought"), "CoT"));
  }

  @Test
  void digitsMayStandForRepetition() {
    assertEquals(
        3,
        Acronyms.longFormLength(
            Tokens.words("we propose Advantage-guided Policy Regularization"), "A2PR"));
  }

  @Test
  void noMatchWhenInitialsDoNotFit() {
    assertEquals(
        0, Acronyms.longFormLength(Tokens.words("we evaluate the strongest model"), "GPT"));
    assertEquals(0, Acronyms.longFormLength(Tokens.words("a Transformer"), "TF"));
    assertEquals(0, Acronyms.longFormLength(List.of(), "LLM"));
  }

  @Test
  void definitionsFromTokens() {
    Sentence s =
        Tokens.sentence(
            1,
            "Large/JJ Language/NNP Models/NNPS (/-LRB- LLMs/NNS )/-RRB- have/VBP emerged/VBN ./.");
    Map<String, Acronyms.Definition> defs = Acronyms.definitions(List.of(s));
    assertTrue(defs.containsKey("LLM"));
    assertEquals("Large Language Models", defs.get("LLM").longFormText());
    assertEquals(
        "large language model", ConceptIdentity.nameOfWords(defs.get("LLM").longFormWords()));
  }
}
