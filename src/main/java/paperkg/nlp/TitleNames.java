package paperkg.nlp;

import static paperkg.nlp.ProposalWords.RARE_TITLE_WORD;
import static paperkg.nlp.ProposalWords.isCoinedWord;

import java.util.List;

/**
 * The name a title opens with ({@link Proposals}): "SIRI: Scaling Iterative …", "Introducing L2M3,
 * …", and the subtitle's "The Minitron Approach".
 */
final class TitleNames {
  private final MethodNames names;

  TitleNames(MethodNames names) {
    this.names = names;
  }

  /** "SIRI: Scaling Iterative …", "MedAgentBench: A Realistic …". */
  void find(Sentence title, List<Sentence> sentences, FoundMethods found) {
    List<Token> t = title.tokens();
    // "Introducing L2M3, A Multilingual Medical Large Language Model …"
    if (t.size() > 1 && t.get(0).word().equals("Introducing") && names.isNewName(t.get(1).word())) {
      found.propose(t.get(1).word(), MethodKinds.after(t, 3, 8), title.text());
    }
    int colon = -1;
    for (int i = 0; i < t.size() && i <= 4; i++) {
      if (t.get(i).word().equals(":")) {
        colon = i;
        break;
      }
    }
    theNameKind(t, colon, found, title);
    int from = colon > 1 && t.get(0).word().equals("The") ? 1 : 0;
    int to = colon;
    // "The FineWeb Datasets: …" is FineWeb
    if (to - from > 1 && MethodKinds.ofWord(t.get(to - 1).word()) != null) {
      to--;
    }
    if (colon < 1 || to - from > 3 || to <= from) {
      return;
    }
    List<Token> name = t.subList(from, to);
    boolean nameLike = false;
    for (Token x : name) {
      // "any4: Learned 4-bit …": a lower-case name with digits counts too
      nameLike |=
          names.isNewName(x.word())
              || (name.size() == 1 && x.word().matches("[a-z]+\\d[a-z0-9.]*"));
    }
    // "Orca 2: Teaching …": a capitalized word with a version number
    nameLike |=
        name.size() == 2
            && Text.isCapitalized(name.get(0).word())
            && name.get(1).word().matches("[a-zA-Z]?\\d+(?:\\.\\d+)*");
    // "Panacea: A foundation model …", "Knapsack RL: …": a rare capitalized word (corpus share
    // below RARE_TITLE_WORD) leading capitalized words; common ones ("Health Text Simplification:")
    // are a topic
    boolean capitalized = true;
    for (Token x : name) {
      capitalized &= Text.isCapitalized(x.word());
    }
    nameLike |=
        capitalized
            && names.stats().share(Text.key(name.get(0).word())) < RARE_TITLE_WORD
            && !names.families().startsName(name.get(0).word());
    // "NVIDIA-labs OO Agents: …" names its maker first; that is an organisation, not a proposal
    String first = name.get(0).word();
    if (!nameLike
        || OrgNames.isKnown(first.contains("-") ? first.substring(0, first.indexOf('-')) : first)) {
      return;
    }
    String text = MethodNames.join(name);
    // kind: what the abstract calls it, else the head of the subtitle
    String kind = null;
    for (Sentence s : sentences) {
      if (s.index() != Annotator.TITLE && s.text().contains(text)) {
        kind = MethodKinds.near(s.tokens(), indexOf(s.tokens(), name.get(name.size() - 1).word()));
        if (kind != null) {
          break;
        }
      }
    }
    if (kind == null) {
      kind = MethodKinds.after(t, colon + 1, 8);
    }
    found.propose(text, kind, title.text());
  }

  /**
   * "…: The Minitron Approach": the subtitle names the paper's own approach, a rare capitalised
   * word before a kind noun.
   */
  private void theNameKind(List<Token> t, int colon, FoundMethods found, Sentence title) {
    if (colon < 0) {
      return;
    }
    for (int k = colon + 1; k + 2 < t.size(); k++) {
      String w = t.get(k + 1).word();
      if (t.get(k).word().equals("The")
          && MethodKinds.ofWord(t.get(k + 2).word()) != null
          && isCoinedWord(names, w)) {
        found.propose(w, MethodKinds.ofWord(t.get(k + 2).word()), title.text());
      }
    }
  }

  private static int indexOf(List<Token> t, String word) {
    for (int i = 0; i < t.size(); i++) {
      if (t.get(i).word().equals(word)) {
        return i;
      }
    }
    return -1;
  }
}
