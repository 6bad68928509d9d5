package paperkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import paperkg.nlp.Extraction;
import paperkg.nlp.Keyphrase;
import paperkg.nlp.TopicMention;
import paperkg.source.Paper;

/**
 * The metrics on real gold records, with predictions chosen so the figures can be checked by hand.
 */
class ScoringTest {
  static final Path DATA = Path.of("src/test/resources/data");

  static GoldDoc doc(List<GoldDoc> docs, String id) {
    return docs.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
  }

  static Extraction extraction(Paper p, List<String> keyphrases, List<TopicMention> topics) {
    return new Extraction(
        p,
        0,
        keyphrases.stream().map(k -> new Keyphrase(k, 1)).toList(),
        topics,
        List.of(),
        List.of());
  }

  @Test
  void inspecNuVox() {
    Path file = DATA.resolve("inspec/inspec_dev-head20.jsonl");
    // gold: telecom, competitive carrier market, NuVox Communications, investors
    GoldDoc d = doc(GoldFiles.inspec(file), "3");
    assertEquals(4, d.gold().size());
    // 3 of the first 5 match (NuVox Communications, telecom, investor); "Telecom" repeats and
    // counts once
    List<String> predicted =
        List.of(
            "NuVox Communications",
            "telecom",
            "Telecom",
            "new cash",
            "credit facility",
            "investor",
            "long run");
    Scoring.KeyphraseReport r =
        Scoring.keyphrases(List.of(d), Map.of("3", extraction(d.paper(), predicted, List.of())));
    Prf at5 = r.at().get(5);
    assertEquals(0.6, at5.precision(), 1e-9);
    assertEquals(0.75, at5.recall(), 1e-9);
    assertEquals(2 * 0.6 * 0.75 / 1.35, at5.f1(), 1e-9);
    Prf at10 = r.at().get(10); // six distinct predictions in all
    assertEquals(0.5, at10.precision(), 1e-9);
    assertEquals(0.6, at10.f1(), 1e-9);
  }

  @Test
  void sciercFirstAbstract() {
    Path file = DATA.resolve("scierc/scierc_train_dev-head20.jsonl");
    // 13 gold mentions, 11 distinct stems; the only Method is "Interchange Lemma", no Task
    GoldDoc d = doc(GoldFiles.scierc(file), "J87-1003");
    TopicMention lemma =
        new TopicMention("interchange lemma", List.of("Interchange Lemma"), 1, 1, "");
    Extraction e =
        extraction(
            d.paper(),
            List.of("grammatical gender", "reflexive pronouns", "formal proof"),
            List.of(lemma));
    Scoring.EntityReport r = Scoring.entities(List.of(d), Map.of("J87-1003", e));
    assertEquals(11, r.goldAll());
    assertEquals(1, r.goldCore());
    assertEquals(4, r.predicted());
    assertEquals(0.75, r.core().precision(), 1e-9);
    assertEquals(1.0, r.core().recall(), 1e-9);
    // OtherScientificTerm: 6 distinct gold phrases, "reflexive pronouns" and "grammatical gender"
    // found
    assertEquals(2.0 / 6, r.recallByType().get("OtherScientificTerm"), 1e-9);
  }
}
