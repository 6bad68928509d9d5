package paperkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class StemsTest {
  @Test
  void caseAndInflectionFold() {
    assertEquals(Stems.of("wavelength services"), Stems.of("Wavelength Service"));
    assertEquals(Stems.of("Large Language Models"), Stems.of("large language model"));
    assertEquals("nuvox commun", Stems.of("NuVox Communications"));
  }

  @Test
  void punctuationIsNotAWord() {
    assertEquals("pre train model", Stems.of("pre-trained models"));
    assertEquals("", Stems.of(" ( ) "));
  }

  @Test
  void differentWordsStayApart() {
    assertNotEquals(Stems.of("neural network"), Stems.of("neural networks training"));
  }
}
