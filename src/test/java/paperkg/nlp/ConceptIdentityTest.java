package paperkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One concept, one key: the identity cases of the topic layer, and a lemma step right on scientific
 * words.
 */
class ConceptIdentityTest {
  private static void same(String a, String b) {
    assertEquals(ConceptIdentity.key(a), ConceptIdentity.key(b), a + " / " + b);
  }

  @Test
  void caseHyphenSpaceAndPluralsAreOneConcept() {
    same("Vision-Language Models", "vision language model");
    assertEquals(
        ConceptIdentity.compactKey("variational auto-encoder"),
        ConceptIdentity.compactKey("variational autoencoders"));
    assertEquals(
        ConceptIdentity.compactKey("back-propagation"),
        ConceptIdentity.compactKey("Backpropagation"));
    same("video-to-video translation", "video-to-videos translation");
    same("Large Language Models", "large language model");
    same("LLMs", "LLM");
    same("mixture of experts", "Mixture-of-Experts");
    same("Mixtures of Experts", "mixture of experts");
  }

  @Test
  void britishAndAmericanSpellingsAreOneConcept() {
    same("optimisation", "optimization");
    same("behaviour modelling", "behavior modeling");
    same("labelled data", "labeled data");
    same("colour", "color");
    same("centre", "center");
    same("analyse", "analyze");
    same("dialogue system", "dialog systems");
    same("programme", "program");
  }

  @Test
  void differentConceptsStayApart() {
    assertNotEquals(ConceptIdentity.key("time series"), ConceptIdentity.key("time sery"));
    assertNotEquals(
        ConceptIdentity.key("news recommendation"), ConceptIdentity.key("new recommendation"));
    assertNotEquals(
        ConceptIdentity.key("language model"), ConceptIdentity.key("large language model"));
  }

  @Test
  void lemmaStepIsRightOnScientificVocabulary() {
    assertEquals("series", ConceptIdentity.singular("series"));
    assertEquals("species", ConceptIdentity.singular("species"));
    assertEquals("data", ConceptIdentity.singular("data"));
    assertEquals("criterion", ConceptIdentity.singular("criteria"));
    assertEquals("hypothesis", ConceptIdentity.singular("hypotheses"));
    assertEquals("analysis", ConceptIdentity.singular("analyses"));
    assertEquals("technology", ConceptIdentity.singular("technologies"));
    assertEquals("movie", ConceptIdentity.singular("movies"));
    assertEquals("process", ConceptIdentity.singular("processes"));
    assertEquals("robotics", ConceptIdentity.singular("robotics"));
    assertEquals("corpus", ConceptIdentity.singular("corpus"));
    assertEquals("mixture-of-experts", ConceptIdentity.singular("mixture-of-experts"));
    assertEquals("fine-tuning", ConceptIdentity.singular("fine-tunings"));
    assertEquals("bias", ConceptIdentity.singular("biases"));
    assertEquals("lens", ConceptIdentity.singular("lenses"));
    assertEquals(ConceptIdentity.key("cognitive bias"), ConceptIdentity.key("cognitive biases"));
  }

  @Test
  void namesFoldTheHeadOnlyAndKeepNames() {
    assertEquals(
        "multivariate time series",
        ConceptIdentity.nameOfWords(List.of("multivariate", "time", "series")));
    assertEquals("fourier series", ConceptIdentity.nameOfWords(List.of("Fourier", "series")));
    assertEquals(
        "mixture of experts", ConceptIdentity.nameOfWords(List.of("Mixtures", "of", "Experts")));
    assertEquals(
        "evaluation criterion", ConceptIdentity.nameOfWords(List.of("evaluation", "criteria")));
    assertEquals("training data", ConceptIdentity.nameOfWords(List.of("training", "data")));
    assertEquals("LLM facilitator", ConceptIdentity.nameOfWords(List.of("LLM", "facilitators")));
    assertEquals(
        "large language model",
        ConceptIdentity.nameOfWords(List.of("Large", "Language", "Models")));
    assertEquals(
        "3D gaussian splatting",
        ConceptIdentity.nameOfWords(List.of("3D", "Gaussian", "Splatting")));
  }

  @Test
  void tokenNamesUseTheLemmaOfAPluralHeadExceptWhereItIsWrong() {
    Sentence s =
        Tokens.sentence(
            1, "time/NN series/NNS ;/: training/NN data/NNS ;/: image/NN hypotheses/NNS");
    List<Token> t = s.tokens();
    assertEquals("time series", ConceptIdentity.name(t.subList(0, 2)));
    assertEquals("training data", ConceptIdentity.name(t.subList(3, 5)));
  }
}
