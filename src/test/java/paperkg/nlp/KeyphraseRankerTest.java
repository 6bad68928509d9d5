package paperkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import paperkg.source.Paper;

/**
 * Which ranked concepts become a paper's keyphrases: a count set by the ranker's confidence, and no
 * tail listed under the phrase it is the tail of. Sentences from a SciERC abstract (C04-1116), as
 * CoreNLP tags them.
 */
class KeyphraseRankerTest {
  private final Concepts concepts = new Concepts(ConceptsTest.stats(), KeyphraseModel.heuristic());

  private List<Concept> concepts(String... tagged) {
    List<Sentence> ss = new ArrayList<>();
    for (int i = 0; i < tagged.length; i++) {
      ss.add(Tokens.sentence(i + 1, tagged[i]));
    }
    Annotated a = new Annotated(Paper.builder("").build(), ss);
    return concepts.of(a, Acronyms.definitions(ss), Set.of());
  }

  private static List<String> listed(List<Concept> cs, String... byScore) {
    List<Concept> ranked = new ArrayList<>();
    double score = 0.9;
    for (String name : byScore) {
      Concept c =
          cs.stream()
              .filter(x -> x.name.equals(name))
              .findFirst()
              .orElseThrow(() -> new AssertionError(name + " not in " + cs));
      c.keyScore = score;
      score -= 0.1;
      ranked.add(c);
    }
    return KeyphraseRanker.listed(ranked, 0).stream().map(Concept::surface).toList();
  }

  @Test
  void aTailIsNotListedUnderItsPhrase() {
    List<Concept> cs =
        concepts("a/DT real-time/JJ statistical/JJ voice/NN conversion/NN method/NN ./.");
    assertEquals(
        List.of("real-time statistical voice conversion method"),
        listed(
            cs,
            "real-time statistical voice conversion method",
            "voice conversion method",
            "conversion method"));
  }

  @Test
  void aTailAlsoMentionedOnItsOwnIsListed() {
    List<Concept> cs =
        concepts(
            "a/DT real-time/JJ statistical/JJ voice/NN conversion/NN method/NN ./.",
            "voice/NN conversion/NN method/NN works/VBZ ./.");
    assertEquals(
        List.of("real-time statistical voice conversion method", "voice conversion method"),
        listed(cs, "real-time statistical voice conversion method", "voice conversion method"));
  }

  @Test
  void howManyDependsOnTheScore() {
    List<Concept> ranked = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      Concept c = new Concept("k" + i);
      c.count = 1;
      c.keyScore = 0.505 - i * 0.03; // 0.505, 0.475, ... 0.085, then below MIN_SCORE from the 16th
      ranked.add(c);
    }
    assertEquals(15, KeyphraseRanker.listed(ranked, KeyphraseRanker.MIN_SCORE).size());
    // however low the scores, the first few are listed
    ranked.forEach(c -> c.keyScore = 0.01);
    assertEquals(
        KeyphraseRanker.MIN_KEYPHRASES,
        KeyphraseRanker.listed(ranked, KeyphraseRanker.MIN_SCORE).size());
    // however high, at most KEYPHRASES
    ranked.forEach(c -> c.keyScore = 0.9);
    assertEquals(
        KeyphraseRanker.KEYPHRASES,
        KeyphraseRanker.listed(ranked, KeyphraseRanker.MIN_SCORE).size());
  }

  /** INTERSPEECH_2013_31 of SciERC, as CoreNLP tags it. */
  private static final String DSP =
      "In/IN this/DT paper/NN ,/, we/PRP present/VBP a/DT digital/JJ signal/NN processor/NN"
          + " -LRB-/-LRB- DSP/NNP -RRB-/-RRB- implementation/NN of/IN real-time/JJ statistical/JJ"
          + " voice/NN conversion/NN -LRB-/-LRB- VC/NNP -RRB-/-RRB- for/IN silent/JJ speech/NN"
          + " enhancement/NN ./.";

  @Test
  void definitionsAreListedAsWrittenAfterTheKeyphrases() {
    List<Sentence> ss = List.of(Tokens.sentence(1, DSP));
    var definitions = Acronyms.definitions(ss).values();
    // the long form's whole noun phrase, the acronym, and the nouns right after the parenthesis
    assertEquals(
        List.of(
            "digital signal processor (DSP) implementation",
            "real-time statistical voice conversion (VC)"),
        KeyphraseRanker.definedForms(definitions));
    List<Concept> cs = concepts(DSP);
    List<String> texts =
        KeyphraseRanker.rank(cs, definitions, List.of(), null).stream()
            .map(Keyphrase::text)
            .toList();
    List<String> plain = KeyphraseRanker.rank(cs).stream().map(Keyphrase::text).toList();
    assertEquals(plain, texts.subList(0, plain.size()));
    assertEquals(
        KeyphraseRanker.definedForms(definitions), texts.subList(plain.size(), texts.size()));
  }

  @Test
  void ofPhrasesWithAnActionHead() {
    // CVPR_2003_18 of SciERC
    Sentence s =
        Tokens.sentence(
            1,
            "Experiments/NNS show/VBP that/IN the/DT learned/VBN tracker/NN performs/VBZ much/RB"
                + " better/JJR than/IN existing/VBG trackers/NNS on/IN the/DT tracking/NN of/IN"
                + " complex/JJ non-rigid/JJ motions/NNS such/JJ as/IN fish/NN twisting/NN"
                + " with/IN self-occlusion/NN ./.");
    Sentence quantity =
        Tokens.sentence(2, "We/PRP use/VBP a/DT set/NN of/IN lexical/JJ features/NNS ./.");
    assertEquals(
        List.of("tracking of complex non-rigid motions"),
        KeyphraseRanker.ofPhrases(KeyphraseRanker.candidates(List.of(s, quantity))));
  }

  @Test
  void gerundsWithTheirObjectsAfterAPreposition() {
    // E06-1035 and P03-1002 of SciERC
    List<Sentence> ss =
        List.of(
            Tokens.sentence(
                1,
                "We/PRP first/RB apply/VB approaches/NNS that/WDT have/VBP been/VBN proposed/VBN"
                    + " for/IN predicting/VBG top-level/JJ topic/NN shifts/NNS to/IN the/DT"
                    + " problem/NN of/IN identifying/VBG subtopic/JJ boundaries/NNS ./."),
            Tokens.sentence(
                2,
                "We/PRP also/RB introduce/VBP a/DT new/JJ way/NN of/IN automatically/RB"
                    + " identifying/VBG predicate/JJ argument/NN structures/NNS using/VBG"
                    + " multi-modalities/NNS ./."));
    // "using multi-modalities" follows a noun, not a preposition
    assertEquals(
        List.of(
            "predicting top-level topic shifts",
            "identifying subtopic boundaries",
            "automatically identifying predicate argument structures"),
        KeyphraseRanker.gerundPhrases(KeyphraseRanker.candidates(ss)));
  }

  @Test
  void aDefinitionWithoutItsGenericModifier() {
    // H01-1058 of SciERC; "several" is generic by the shipped corpus statistics
    List<Sentence> ss =
        List.of(
            Tokens.sentence(
                1,
                "We/PRP address/VBP the/DT problem/NN of/IN combining/VBG several/JJ language/NN"
                    + " models/NNS -LRB-/-LRB- LMs/NNS -RRB-/-RRB- ./."));
    var definitions = Acronyms.definitions(ss).values();
    assertEquals(
        List.of("language models (LMs)"),
        KeyphraseRanker.definedForms(definitions, new GenericWords(CorpusStats.load())));
    assertEquals(
        List.of("several language models (LMs)"), KeyphraseRanker.definedForms(definitions));
  }

  @Test
  void aDefinitionWithoutTheNounThatNamesIt() {
    // "Privacy Preserving Prompt Engineering: A Survey" of the example listing
    List<Sentence> ss =
        List.of(
            Tokens.sentence(
                1,
                "persuading/VBG researchers/NNS to/TO adopt/VB the/DT term/NN large/JJ language/NN"
                    + " models/NNS -LRB-/-LRB- LLMs/NNS -RRB-/-RRB- to/TO characterize/VB the/DT"
                    + " larger-sized/JJ PLMs/NNS ./."));
    assertEquals(
        List.of("large language models (LLMs)"),
        KeyphraseRanker.definedForms(Acronyms.definitions(ss).values()));
  }
}
