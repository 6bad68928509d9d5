package paperkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OrgNamesTest {
  @Test
  void legalSuffixesSpacingAndCaseFold() {
    // issue 11 duplicates: "Apple"/"Apple Inc.", "Hugging Face"/"HuggingFace"
    assertEquals(OrgNames.key("Apple"), OrgNames.key("Apple Inc."));
    assertEquals(OrgNames.key("Hugging Face"), OrgNames.key("HuggingFace"));
    assertEquals(
        OrgNames.key("The University of Hong Kong"), OrgNames.key("University of Hong Kong"));
    assertEquals(OrgNames.key("Foo Co., Ltd."), OrgNames.key("foo"));
  }

  @Test
  void acronymsHandlesAndUnitsOfKnownOrganisations() {
    assertEquals(OrgNames.key("Massachusetts Institute of Technology"), OrgNames.key("MIT"));
    assertEquals(OrgNames.key("Carnegie Mellon University"), OrgNames.key("CMU"));
    assertEquals(OrgNames.key("Amazon Web Services"), OrgNames.key("AWS"));
    assertEquals(
        OrgNames.key("KAIST AI"),
        OrgNames.key("Korea Advanced Institute of Science and Technology"));
    assertEquals(OrgNames.key("NVIDIA"), OrgNames.key("nvidia"));
    assertEquals(OrgNames.key("ByteDance Seed"), OrgNames.key("ByteDance-Seed"));
    assertEquals(OrgNames.key("Meta"), OrgNames.key("AI at Meta"));
    assertEquals(OrgNames.key("Microsoft"), OrgNames.key("Microsoft Research"));
    // named sub-units keep their own node; a name whose first word is not a known organisation
    // stays whole
    assertNotEquals(OrgNames.key("Google"), OrgNames.key("Google DeepMind"));
    assertNotEquals(OrgNames.key("Stability"), OrgNames.key("Stability AI"));
  }

  @Test
  void aRorIdWeKnowDecidesIdentity() {
    OrgNames.Resolved r = OrgNames.resolve("Monash Uni", "https://ror.org/02bfwt286");
    assertEquals("Monash University", r.name());
    assertEquals("02bfwt286", r.ror());
    assertEquals(OrgNames.resolve("Monash University", null).id(), r.id());
    assertEquals("02bfwt286", OrgNames.resolve("Monash University", null).ror());
    OrgNames.Resolved unknown = OrgNames.resolve("Some Lab", "https://ror.org/0000000xx");
    assertEquals("0000000xx", unknown.ror());
    assertEquals(OrgNames.key("Some Lab"), unknown.id());
  }

  @Test
  void hostingPlatforms() {
    assertTrue(OrgNames.isHostingPlatform("Hugging Face"));
    assertTrue(OrgNames.isHostingPlatform("github"));
    assertFalse(OrgNames.isHostingPlatform("OpenAI"));
  }
}
