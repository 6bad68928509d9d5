package paperkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import paperkg.source.Paper;

class TopicsTest {
  /** A tiny corpus: "approach", "novel", "framework" are frequent and not bursty; "agent" is bursty. */
  static CorpusStats stats() {
    Map<String, Integer> df = new HashMap<>();
    Map<String, Integer> cf = new HashMap<>();
    word(df, cf, "approach", 300, 360);
    word(df, cf, "novel", 200, 220);
    word(df, cf, "framework", 400, 500);
    word(df, cf, "result", 350, 400);
    word(df, cf, "paper", 250, 260);
    word(df, cf, "large", 400, 500);
    word(df, cf, "language", 450, 700);
    word(df, cf, "model", 900, 3000);
    word(df, cf, "llm", 300, 1000);
    word(df, cf, "agent", 150, 500);
    word(df, cf, "reward", 100, 300);
    word(df, cf, "function", 120, 150);
    df.put("language model", 400);
    df.put("large language model", 350);
    df.put("novel framework", 20);
    df.put("reward function", 30);
    df.put("language model agent", 40);
    df.put("large language model agent", 30);
    return new CorpusStats(1000, df, cf, Map.of("LLM", "large language model"));
  }

  private static void word(Map<String, Integer> df, Map<String, Integer> cf, String w, int d, int c) {
    df.put(w, d);
    cf.put(w, c);
  }

  private final Topics topics = new Topics(stats(), KeyphraseModel.heuristic());

  @Test
  void genericWordsComeFromCorpusStatistics() {
    assertTrue(topics.isGenericWord("approach"));
    assertTrue(topics.isGenericWord("result"));
    assertFalse(topics.isGenericWord("agent"), "bursty");
    assertFalse(topics.isGenericWord("digestive"), "rare");
  }

  @Test
  void leadingGenericAdjectiveGoesUnlessItCollocates() {
    Sentence s = Tokens.sentence(1, "novel/JJ framework/NN large/JJ language/NN model/NN");
    List<Token> t = s.tokens();
    assertEquals(List.of("framework"), Topics.words(topics.stripGeneric(t.subList(0, 2), s)));
    assertEquals(List.of("large", "language", "model"), Topics.words(topics.stripGeneric(t.subList(2, 5), s)));
  }

  @Test
  void acronymsAndLongFormsAreOneTopic() {
    Sentence title = Tokens.sentence(0, "Agents/NNS for/IN LLMs/NNS");
    Sentence s1 = Tokens.sentence(1,
        "Large/JJ Language/NNP Models/NNPS (/-LRB- LLMs/NNS )/-RRB- need/VBP a/DT novel/JJ approach/NN ./.");
    Sentence s2 = Tokens.sentence(2,
        "The/DT LLM/NN uses/VBZ a/DT reward/NN function/NN and/CC agents/NNS ;/: results/NNS improve/VBP ./.");
    Annotated a = new Annotated(Paper.builder("Agents for LLMs").build(), List.of(title, s1, s2));
    Topics.Result r = topics.rank(a, Acronyms.definitions(a.sentences()), Set.of());
    List<String> names = r.topics().stream().map(TopicMention::name).toList();
    assertTrue(names.contains("large language model"), names.toString());
    TopicMention llm = r.topics().get(names.indexOf("large language model"));
    assertTrue(llm.altNames().containsAll(List.of("LLMs", "Large Language Models", "LLM")), llm.toString());
    assertEquals(title.text(), llm.evidence());
    assertFalse(names.contains("approach"));
    assertFalse(names.contains("result"));
    assertTrue(names.contains("agent"));
    assertTrue(names.size() >= Topics.MIN);
    for (int i = 0; i < r.topics().size(); i++) {
      assertEquals(i + 1, r.topics().get(i).rank());
    }
  }

  @Test
  void canonicalNamesFoldTheHeadAndKeepNames() {
    assertEquals("LLM facilitator", Topics.canonicalWords(List.of("LLM", "facilitators")));
    assertEquals("large language model", Topics.canonicalWords(List.of("Large", "Language", "Models")));
  }

  @Test
  void anAcronymInsideAPhraseIsSpelledOutForIdentity() {
    Sentence s1 = Tokens.sentence(1, "LLM/NN agents/NNS act/VBP ./.");
    Sentence s2 = Tokens.sentence(2, "large/JJ language/NN model/NN agents/NNS plan/VBP ./.");
    Annotated a = new Annotated(Paper.builder("").build(), List.of(s1, s2));
    Topics.Result r = topics.rank(a, Acronyms.definitions(a.sentences()), Set.of());
    TopicMention agent = r.topics().stream().filter(t -> t.name().equals("LLM agent")).findFirst()
        .orElseThrow(() -> new AssertionError(r.topics().toString()));
    assertTrue(agent.altNames().contains("large language model agents"), agent.toString());
    // and a paper about LLM agents is about large language models (an embedded mention, twice)
    assertTrue(r.topics().stream().anyMatch(t -> t.name().equals("large language model")), r.topics().toString());
  }

  @Test
  void broaderIsTheLongestTailThatIsATopicOrACommonPhrase() {
    Sentence s1 = Tokens.sentence(1, "large/JJ language/NN model/NN agents/NNS with/IN sparse/JJ reward/NN"
        + " function/NN for/IN large/JJ language/NN models/NNS ./.");
    Annotated a = new Annotated(Paper.builder("").build(), List.of(s1));
    Topics.Result r = topics.rank(a, Acronyms.definitions(a.sentences()), Set.of());
    java.util.Map<String, List<String>> broader = new java.util.HashMap<>();
    r.topics().forEach(t -> broader.put(t.name(), t.broader()));
    // "reward function" is in 30 corpus papers (≥ 20, and ≥ 3× "sparse reward function")
    assertEquals(List.of("reward function"), broader.get("sparse reward function"), broader.toString());
    // the head is "agent": "language model agent" (40 papers) is not 3× as common as the topic (30), so no link
    assertEquals(List.of(), broader.get("large language model agent"), broader.toString());
    assertEquals(List.of(), broader.get("large language model"), broader.toString());
  }
}
