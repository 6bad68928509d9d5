package paperkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Roles of area mentions in sentences of real corpus abstracts, with CoreNLP's tags. */
class MentionRoleTest {
  private static final String VLM = MentionRole.acronym("vision-language model");

  /** The role of the only mention of {@code forms} (or the acronym) in {@code s}. */
  private static MentionRole role(Sentence s, String acronym, String title, String... forms) {
    List<int[]> spans = MentionRole.spans(s, List.of(forms), acronym);
    assertEquals(1, spans.size(), s.text());
    return MentionRole.of(s, spans.get(0)[0], spans.get(0)[1], acronym, title);
  }

  @Test
  void theAcronymIsTheInitialsOfWordsAndHyphenatedParts() {
    assertEquals("vlm", VLM);
    assertEquals("cot", MentionRole.acronym("chain-of-thought"));
    assertEquals("mllm", MentionRole.acronym("multimodal large language model"));
  }

  @Test
  void aBackboneOrAJudgeIsAnInstrument() {
    // Discrete Diffusion VLA (2508.20072): the VLM is what the policy is built on
    Sentence backbone =
        Tokens.sentence(
            3,
            "We/PRP present/VBP Discrete/NNP Diffusion/NNP VLA/NNP ,/, a/DT single-transformer/NN"
                + " policy/NN that/WDT is/VBZ trained/VBN with/IN the/DT same/JJ cross-entropy/JJ"
                + " objective/NN as/IN the/DT VLM/NNP backbone/NN ./.");
    assertEquals(MentionRole.INSTRUMENT, role(backbone, VLM, ""));
    // Unified Personalized Reward Model (2602.02380), CoreNLP tagging "leverage" a noun
    Sentence judges =
        Tokens.sentence(
            2,
            "Existing/VBG frameworks/NNS typically/RB adopt/VBP Bradley-Terry-style/JJ"
                + " preference/NN modeling/NN or/CC leverage/NN generative/NN VLMs/NNS as/IN"
                + " judges/NNS ./.");
    assertEquals(MentionRole.INSTRUMENT, role(judges, VLM, ""));
    // ... unless the paper is about that role: "Prompt Optimization for LLM Judges"
    assertEquals(MentionRole.NAMES, role(judges, VLM, "prompt optimization for vlm judges"));
  }

  @Test
  void aSourceAMeansOrAJoinedParticipleIsAnInstrument() {
    Sentence traces =
        Tokens.sentence(
            7,
            "(/-LRB- 1/LS )/-RRB- we/PRP first/RB distill/VB structured/VBN ,/, high-quality/NN"
                + " reasoning/NN traces/NNS from/IN advanced/JJ closed-source/JJ VLMs/NNS to/IN"
                + " bootstrap/NN SFT/NN ./.");
    assertEquals(MentionRole.INSTRUMENT, role(traces, VLM, ""));
    // RoboRefer (2506.04308): supervised fine-tuning is one training stage; "(SFT)" is the same
    // mention
    Sentence via =
        Tokens.sentence(
            3,
            "RoboRefer/NNP can/MD achieve/VB precise/JJ spatial/JJ understanding/NN by/IN"
                + " integrating/VBG a/DT dedicated/JJ depth/NN encoder/NN via/IN supervised/JJ"
                + " fine-tuning/NN (/-LRB- SFT/NN )/-RRB- ./.");
    assertEquals(MentionRole.INSTRUMENT, role(via, "sft", "", "supervised fine-tuning", "SFT"));
    Sentence trained =
        Tokens.sentence(
            7,
            "Experiments/NNS show/VBP that/IN SFT-trained/JJ RoboRefer/NNP achieves/VBZ"
                + " state-of-the-art/JJ spatial/JJ understanding/NN ./.");
    assertEquals(MentionRole.INSTRUMENT, role(trained, "sft", "", "supervised fine-tuning"));
  }

  @Test
  void whatThePaperServesOrOwnsIsItsObject() {
    // Phi-4-reasoning (2504.21318): supervised fine-tuning is what its data curation serves
    Sentence purpose =
        Tokens.sentence(
            8,
            "the/DT benefit/NN of/IN careful/JJ data/NNS curation/NN for/IN supervised/JJ"
                + " fine-tuning/NN (/-LRB- SFT/NN )/-RRB- extends/VBZ to/IN reasoning/NN"
                + " language/NN models/NNS ./.");
    assertEquals(MentionRole.OBJECT, role(purpose, "sft", "", "supervised fine-tuning"));
    // HY-Embodied-0.5 (2604.07430): the paper's own VLM
    Sentence own =
        Tokens.sentence(
            10,
            "we/PRP leverage/VBP our/PRP$ robust/JJ VLM/NNP foundation/NN to/TO train/VB an/DT"
                + " action/NN model/NN ./.");
    assertEquals(MentionRole.OBJECT, role(own, VLM, ""));
    // World Model Self-Distillation (2606.12072): the paper's own thing is the protocol
    Sentence based =
        Tokens.sentence(
            8,
            "the/DT Executor/NNP surpasses/VBZ the/DT Demonstrator/NN under/IN our/PRP$"
                + " VLM-based/JJ evaluation/NN protocol/NN ./.");
    assertEquals(MentionRole.NAMES, role(based, VLM, ""));
    // FM-Bench: an LLM agent is what an agent benchmark works on
    Sentence agent =
        Tokens.sentence(
            4,
            "An/DT LLM/NNP agent/NN runs/VBZ a/DT football/NN club/NN for/IN 20/CD in-game/JJ"
                + " years/NNS ./.");
    assertEquals(MentionRole.OBJECT, role(agent, "llm", ""));
  }
}
