package paperkg.nlp;

import static paperkg.nlp.CoinedAcronyms.definedName;
import static paperkg.nlp.ProposalWords.lower;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A name just before a passive proposing verb ({@link Proposals}): "Transformers as Treatment
 * Effect Estimators (TransTEE) is proposed".
 */
final class PassiveNames {
  private final MethodNames names;

  PassiveNames(MethodNames names) {
    this.names = names;
  }

  /**
   * "Transformers as Treatment Effect Estimators (TransTEE) is proposed": a name or definition just
   * before "is/are proposed/introduced" at {@code i}. Not called for a sentence that credits
   * earlier work.
   */
  void at(
      List<Token> t, int i, Sentence s, Map<String, Acronyms.Definition> defs, FoundMethods found) {
    if (i < 2
        || !t.get(i).pos().equals("VBN")
        || !Set.of("proposed", "introduced").contains(lower(t.get(i).word()))
        || !Set.of("is", "are").contains(lower(t.get(i - 1).word()))) {
      return;
    }
    int last = i - 2;
    if (Candidates.isClose(t.get(last).word()) && last >= 2) {
      Acronyms.Definition d = defs.get(Text.singularAcronym(t.get(last - 1).word()));
      if (d != null && d.sentence() == s && d.paren() == last - 2) {
        found.propose(definedName(d), MethodKinds.near(t, last), s.text());
      }
    } else if (names.isNewName(t.get(last).word())) {
      found.propose(t.get(last).word(), null, s.text());
    }
  }
}
