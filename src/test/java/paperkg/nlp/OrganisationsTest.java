package paperkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import paperkg.source.Listing;
import paperkg.source.Paper;

class OrganisationsTest {
  private final Organisations orgs =
      new Organisations(TopicsTest.stats(), ModelFamilies.load());

  @Test
  void nerSpansAreCleaned() {
    Sentence title = Tokens.sentence(0, "Cancer/NNP Text/NNP/ORGANIZATION Simplification/NNP/ORGANIZATION");
    Sentence s = Tokens.sentence(1,
        "content/NN from/IN the/DT American/NNP/ORGANIZATION Cancer/NNP/ORGANIZATION Society/NNP/ORGANIZATION"
            + " ,/, LLM/NNP/ORGANIZATION ,/, GPT-4/NNP/ORGANIZATION ,/, China/NNP/ORGANIZATION and/CC"
            + " National/NNP/ORGANIZATION Cancer/NNP/ORGANIZATION Institute/NNP/ORGANIZATION (/-LRB-"
            + " NCI/NNP/ORGANIZATION )/-RRB- ./.");
    Paper p = Paper.builder("t").submitter(new Listing("openbmb", "OpenBMB")).build();
    Annotated a = new Annotated(p, List.of(title, s));
    List<OrgMention> found = orgs.find(PaperContext.of(a), Set.of());
    List<String> names = found.stream().map(OrgMention::name).toList();
    assertEquals(List.of("American Cancer Society", "National Cancer Institute", "OpenBMB"), names);
    assertEquals(OrgMention.Relation.SUBMITTED_BY, found.get(2).relation());
  }

  @Test
  void shortAllCaps() {
    assertTrue(Organisations.isShortAllCaps("LLM"));
    assertTrue(Organisations.isShortAllCaps("RLHF"));
    assertTrue(Organisations.isShortAllCaps("MLPs"));
    assertFalse(Organisations.isShortAllCaps("OpenAI"));
  }

  @Test
  void overLongSpansYieldToTheShortName() {
    Map<String, OrgMention> m = new LinkedHashMap<>();
    for (String n : List.of("World Bank Development Projects", "World Bank", "Trade and Tourism for the World Bank",
        "Centers for Disease Control and Prevention")) {
      m.put(n.toLowerCase(), new OrgMention(n, OrgMention.Relation.MENTIONS, null));
    }
    Organisations.dropContaining(m);
    assertEquals(List.of("world bank", "centers for disease control and prevention"), List.copyOf(m.keySet()));
  }
}
