package paperkg.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Sentences of real corpus abstracts that name concepts in passing, and ones that do not. */
class AsidesTest {
  @Test
  void likeAfterANounListsExamples() {
    // StealthAttack (2510.02314), a 3D Gaussian Splatting paper: NeRF is only an example
    Sentence s =
        Tokens.sentence(
            1,
            "3D/JJ scene/NN representation/NN methods/NNS like/IN Neural/JJ Radiance/NNP Fields/NNPS"
                + " (/-LRB- NeRF/NN )/-RRB- and/CC 3D/NN Gaussian/JJ Splatting/NN (/-LRB- 3DGS/NN"
                + " )/-RRB- have/VBP significantly/RB advanced/JJ novel/JJ view/NN synthesis/NN ./.");
    assertTrue(Asides.isAside(s));
  }

  @Test
  void likeAfterAVerbIsNoExample() {
    Sentence s =
        Tokens.sentence(
            3,
            "The/DT planner/NN must/MD specify/VB what/WP the/DT goal/NN scene/NN looks/VBZ like/IN"
                + " ./.");
    assertFalse(Asides.isAside(s));
  }
}
