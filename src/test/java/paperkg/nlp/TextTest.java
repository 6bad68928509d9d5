package paperkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextTest {
  @Test
  void keyFoldsPluralsButNotOtherSWords() {
    assertEquals("model", Text.key("Models"));
    assertEquals("strategy", Text.key("strategies"));
    assertEquals("process", Text.key("processes"));
    assertEquals("approach", Text.key("approaches"));
    assertEquals("cache", Text.key("caches"));
    assertEquals("llm", Text.key("LLMs"));
    assertEquals("analysis", Text.key("analysis"));
    assertEquals("bias", Text.key("bias"));
    assertEquals("this", Text.key("this"));
    assertEquals("vision-language", Text.key("vision-language"));
  }

  @Test
  void acronymShapes() {
    assertTrue(Text.isAcronymLike("LLM"));
    assertTrue(Text.isAcronymLike("LLMs"));
    assertTrue(Text.isAcronymLike("SimpleDC"));
    assertTrue(Text.isAcronymLike("GSM8K"));
    assertTrue(Text.isAcronymLike("MMLU-Pro"));
    assertFalse(Text.isAcronymLike("Multi-Turn"));
    assertFalse(Text.isAcronymLike("Vision-Language"));
    assertFalse(Text.isAcronymLike("Model"));
    assertEquals("LLM", Text.singularAcronym("LLMs"));
    assertEquals("VLM", Text.singularAcronym("VLMs"));
    assertEquals("LoRA", Text.singularAcronym("LoRA"));
  }

  @Test
  void nameShapes() {
    assertTrue(Text.isNameLike("WeDesign"));
    assertTrue(Text.isNameLike("GPT-4o-mini"));
    assertTrue(Text.isNameLike("DeepSeek-V3"));
    assertTrue(Text.isNameLike("SIRI"));
    assertFalse(Text.isNameLike("Reasoning"));
    assertFalse(Text.isNameLike("multi-turn"));
  }

  @Test
  void stopWordsLoad() {
    assertTrue(Text.STOP.contains("the"));
    assertFalse(Text.STOP.contains("model"));
  }
}
