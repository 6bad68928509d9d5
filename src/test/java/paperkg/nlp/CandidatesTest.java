package paperkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CandidatesTest {
  private static List<String> texts(Sentence s) {
    return Candidates.of(s).stream().map(Candidates.Candidate::text).toList();
  }

  @Test
  void maximalAdjectiveNounRunsEndingInANoun() {
    Sentence s =
        Tokens.sentence(
            1,
            "We/PRP propose/VBP a/DT novel/JJ reward/NN function/NN for/IN large/JJ language/NN models/NNS"
                + " (/-LRB- LLMs/NNS )/-RRB- that/WDT is/VBZ simple/JJ ./.");
    assertEquals(List.of("novel reward function", "large language models", "LLMs"), texts(s));
  }

  @Test
  void hyphenatedParticiplesJoinButPlainVerbsBreak() {
    Sentence s =
        Tokens.sentence(1, "pre-trained/VBN language/NN models/NNS using/VBG retrieval/NN");
    assertEquals(List.of("pre-trained language models", "retrieval"), texts(s));
  }

  @Test
  void versionedNamesLinksAndPeopleAreNotTopicWords() {
    Sentence s =
        Tokens.sentence(
            1,
            "GPT-4o/NNP outputs/NNS at/IN https://x.org/a/NN by/IN Piatti/NNP/PERSON et/FW al./FW");
    assertEquals(List.of("outputs"), texts(s));
  }

  @Test
  void trailingAdjectivesAreTrimmed() {
    Sentence s = Tokens.sentence(1, "the/DT model/NN robust/JJ ./.");
    assertEquals(List.of("model"), texts(s));
  }

  @Test
  void aGerundOpeningATitleIsAVerb() {
    // seed-corpus titles: CoreNLP tags the title-case verb NNP
    Sentence title =
        Tokens.sentence(
            Annotator.TITLE,
            "OmniEdit/NNP :/: Building/NNP Image/NNP Editing/NNP Generalist/NNP Models/NNPS");
    assertEquals(List.of("OmniEdit", "Image Editing Generalist Models"), texts(title));
    Sentence scaling = Tokens.sentence(Annotator.TITLE, "Scaling/NNP Laws/NNPS");
    assertEquals(List.of("Scaling Laws"), texts(scaling));
    Sentence body = Tokens.sentence(1, "Building/NNP Image/NNP Editing/NNP Models/NNPS");
    assertEquals(List.of("Building Image Editing Models"), texts(body));
  }

  @Test
  void aDimensionOpensAPhrase() {
    // CoreNLP tags "3D" JJ or NN before the noun it modifies (corpus annotations)
    Sentence s =
        Tokens.sentence(
            1, "We/PRP study/VBP 3D/JJ scene/NN reconstruction/NN from/IN 2D/NN images/NNS ./.");
    assertEquals(List.of("3D scene reconstruction", "2D images"), texts(s));
  }
}
