package paperkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import paperkg.rdf.SkosScheme;
import paperkg.source.Paper;

/**
 * A user's SKOS scheme as the topic layer: labels match, broader links follow, IRIs are carried, no
 * cycles.
 */
class UserSchemeTest {
  static Path resource(String name) throws URISyntaxException {
    return Path.of(UserSchemeTest.class.getResource("/paperkg/nlp/" + name).toURI());
  }

  @Test
  void turtleSchemeIsTheTopicLayer() throws Exception {
    TopicVocabulary scheme = SkosScheme.read(resource("library-scheme.ttl"));
    assertEquals(4, scheme.size());
    Extractor extractor = new Extractor(CorpusStats.load(), KeyphraseModel.heuristic(), scheme);
    Sentence title =
        Tokens.sentence(0, "Offline/JJ Reinforcement/NNP Learning/NNP for/IN Robots/NNS");
    Sentence s1 =
        Tokens.sentence(
            1,
            "We/PRP study/VBP batch/NN reinforcement/NN learning/NN for/IN robot/NN arms/NNS ./.");
    Annotated a = new Annotated(Paper.builder(title.text()).id("x").build(), List.of(title, s1));
    List<TopicMention> topics = extractor.extract(a).topics();
    Map<String, TopicMention> byName =
        topics.stream().collect(Collectors.toMap(TopicMention::name, t -> t));
    TopicMention offline = byName.get("Offline reinforcement learning");
    assertTrue(offline != null, topics.toString());
    assertEquals("https://library.example.org/scheme/offline-rl", offline.iri());
    assertEquals(List.of("Reinforcement learning"), offline.broader());
    // the ancestors up to the top, and the scheme's cycle (ml -> offline-rl) dropped
    assertEquals(
        List.of(new TopicMention.Link("Reinforcement learning", "Machine learning")),
        offline.ancestors());
    assertTrue(
        byName.containsKey("Robotics"),
        topics.toString()); // "Robots": a plural of the altLabel "robot"
    assertFalse(
        byName.containsKey("Machine learning"), "never named: reached through BROADER only");
  }

  @Test
  void rdfXmlSchemeReadsTheSame() throws Exception {
    TopicVocabulary scheme = SkosScheme.read(resource("library-scheme.rdf"));
    TopicVocabulary.Entry seg = scheme.get(ConceptIdentity.key("semantic segmentation"));
    assertEquals("Image segmentation", seg.name());
    assertEquals(List.of("Computer vision"), seg.broader());
    assertEquals("https://library.example.org/scheme/segmentation", seg.iri());
    assertEquals(
        Set.of("Computer vision", "Image segmentation"),
        scheme.entries().stream().map(TopicVocabulary.Entry::name).collect(Collectors.toSet()));
  }
}
