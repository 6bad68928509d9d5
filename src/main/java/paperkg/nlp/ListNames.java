package paperkg.nlp;

import static paperkg.nlp.CoinedAcronyms.definedName;
import static paperkg.nlp.CoinedAcronyms.definitionAt;
import static paperkg.nlp.ProposalWords.isCoinedWord;
import static paperkg.nlp.ProposalWords.lower;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names that open the items of a list the paper announces as its own ({@link Proposals}): after an
 * enumerator ("1) Hint-infer: …") or after a colon ("two key components: MVFuser, …").
 */
final class ListNames {
  private final MethodNames names;
  private final CoinedAcronyms acronyms;

  ListNames(MethodNames names, CoinedAcronyms acronyms) {
    this.names = names;
    this.acronyms = acronyms;
  }

  /**
   * Enumerated components: "two key techniques: 1) Hint-infer: …", "(ii) Hint Rejection Sampling
   * Fine-Tuning (Hint-RFT): …" — a name between an enumerator and a colon.
   */
  void enumeratedHeads(Sentence s, Map<String, Acronyms.Definition> defs, FoundMethods found) {
    List<Token> t = s.tokens();
    for (int k = 0; k + 2 < t.size(); k++) {
      int start = enumeratorEnd(t, k);
      if (start < 0) {
        continue;
      }
      int colon = -1;
      for (int j = start + 1; j < Math.min(t.size(), start + 9); j++) {
        if (t.get(j).word().equals(":")) {
          colon = j;
          break;
        }
      }
      if (colon < 0) {
        continue;
      }
      Acronyms.Definition d = definitionAt(defs, s, start);
      if (d != null && d.paren() + 2 == colon && acronyms.isCoinedHere(d, true, found)) {
        found.propose(definedName(d), MethodKinds.near(t, colon - 1), s.text());
      } else if (colon == start + 1
          && (names.isNewName(t.get(start).word())
              || (t.get(start).word().contains("-") && isCoinedWord(names, t.get(start).word())))) {
        // "1) Hint-infer:", not the properties of "(1) Linearity: …"
        found.propose(t.get(start).word(), null, s.text());
      } else if (colon > start + 1 && MethodNames.titleCaseEnd(t, start) == colon) {
        found.propose(MethodNames.join(t.subList(start, colon)), null, s.text());
      }
    }
  }

  /**
   * "two innovative models: SenseVoice, which …; and CosyVoice, which …", "two key components:
   * MVFuser, …": the names opening the items of a list announced by a counted or "key/novel"
   * plural.
   */
  void colonList(Sentence s, FoundMethods found) {
    List<Token> t = s.tokens();
    for (int k = 2; k + 1 < t.size(); k++) {
      if (!t.get(k).word().equals(":")
          || !t.get(k - 1).pos().equals("NNS")
          || !announced(t, k - 1)) {
        continue;
      }
      for (int j = k + 1; j < t.size(); j++) {
        boolean itemStart =
            j == k + 1
                || ((t.get(j - 1).word().equals("and") || t.get(j - 1).word().equals(";"))
                    && !t.get(j).word().equals("and"));
        String w = t.get(j).word();
        if (itemStart && isCoinedWord(names, w) && !names.isConceptAcronym(w, Map.of())) {
          found.propose(w, MethodKinds.of(w, MethodKinds.ofWord(t.get(k - 1).word())), s.text());
        }
      }
      return;
    }
  }

  private static final Set<String> ANNOUNCING =
      Set.of("key", "novel", "innovative", "new", "core", "main");

  private static final Set<String> OWN_PARTS =
      Set.of("variants", "components", "modules", "innovations", "contributions");

  /**
   * A plural that names the paper's parts ("variants", "components") or one announced by a
   * "key/novel" adjective within three words; a count alone ("three datasets: BoolQ, …") lists what
   * exists.
   */
  private static boolean announced(List<Token> t, int noun) {
    if (OWN_PARTS.contains(lower(t.get(noun).word()))) {
      return true;
    }
    for (int k = noun - 1; k >= Math.max(0, noun - 3); k--) {
      if (ANNOUNCING.contains(lower(t.get(k).word()))) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern ENUMERATOR = Pattern.compile("\\d|i{1,3}|iv|v");

  /** "1 )", "( 1 )", "( ii )" at {@code k}: the index after it, or -1. */
  private static int enumeratorEnd(List<Token> t, int k) {
    int i = k;
    if (Candidates.isOpen(t.get(i).word())) {
      i++;
    }
    if (i + 1 >= t.size()
        || !ENUMERATOR.matcher(t.get(i).word()).matches()
        || !Candidates.isClose(t.get(i + 1).word())) {
      return -1;
    }
    // "( 1 )" must open at k; "1 )" must not follow another token of a number
    return i + 2 < t.size() ? i + 2 : -1;
  }
}
