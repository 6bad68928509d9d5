package paperkg.nlp;

import static paperkg.nlp.ProposalWords.lower;
import static paperkg.nlp.ProposalWords.ownModifier;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A new name in apposition to the paper's own kind noun ({@link Proposals}): "X, a novel …", "Its
 * native-resolution vision encoder, MoonViT", "DocAssist, our constructed dataset".
 */
final class Appositives {
  /** "tinygemm": lower case, at least four characters. */
  private static final Pattern LOWER_WORD = Pattern.compile("[a-z][a-z0-9]{3,}");

  private final MethodNames names;

  Appositives(MethodNames names) {
    this.names = names;
  }

  /**
   * "X, a novel …", "X, the first …", and "X, a [two-tier] architecture / rigorous benchmark": a
   * new name in apposition to a kind noun within four words.
   */
  void at(List<Token> t, int i, Sentence s, FoundMethods found) {
    if (ownKindBefore(t, i) && names.isNewName(t.get(i).word())) {
      int end = MethodNames.end(t, i);
      found.propose(
          MethodNames.join(t.subList(i, end)), MethodKinds.ofWord(t.get(i - 2).word()), s.text());
      return;
    }
    // "DocAssist, our constructed dataset for …"
    if (i + 3 < t.size()
        && names.isNewName(t.get(i).word())
        && t.get(i + 1).word().equals(",")
        && lower(t.get(i + 2).word()).equals("our")
        && !startsClause(t, i + 3)) {
      found.propose(t.get(i).word(), MethodKinds.after(t, i + 3, 6), s.text());
      return;
    }
    // "tinygemm, a latency optimized GPU matrix multiplication library": a word no other corpus
    // paper uses, in apposition to a kind noun
    boolean unseenLowerCase =
        LOWER_WORD.matcher(t.get(i).word()).matches()
            && names.stats().df(Text.key(t.get(i).word())) == 0;
    if (!(names.isNewName(t.get(i).word()) || unseenLowerCase)
        || i + 3 >= t.size()
        || !t.get(i + 1).word().equals(",")
        || !Set.of("a", "an").contains(lower(t.get(i + 2).word()))) {
      return;
    }
    boolean novel = Set.of("novel", "new", "first").contains(lower(t.get(i + 3).word()));
    String kind = null;
    for (int k = i + 3; k < Math.min(t.size(), i + 7) && kind == null; k++) {
      if (t.get(k).pos().startsWith("NN")) {
        kind = MethodKinds.ofWord(t.get(k).word());
      }
    }
    if (novel || kind != null) {
      if (unseenLowerCase && kind == null) {
        return;
      }
      int end = MethodNames.end(t, i);
      found.propose(
          MethodNames.join(t.subList(MethodNames.start(t, i), end)),
          kind != null ? kind : MethodKinds.near(t, end - 1),
          s.text());
    }
  }

  /**
   * "Its native-resolution vision encoder, MoonViT": the paper's own kind noun, a comma, the name.
   */
  private static boolean ownKindBefore(List<Token> t, int i) {
    if (i < 3
        || !t.get(i - 1).word().equals(",")
        || MethodKinds.ofWord(t.get(i - 2).word()) == null) {
      return false;
    }
    for (int k = i - 3; k >= Math.max(0, i - 7); k--) {
      String w = lower(t.get(k).word());
      if (w.equals("its") || w.equals("our")) {
        return true;
      }
      if (!ownModifier(t.get(k))) {
        return false;
      }
    }
    return false;
  }

  /**
   * "By integrating camera conditions into RoPE, our method generalizes …": the words after "our"
   * are a clause's subject (a finite verb follows within four words), not an appositive.
   */
  private static boolean startsClause(List<Token> t, int from) {
    for (int k = from; k < Math.min(t.size(), from + 4); k++) {
      String pos = t.get(k).pos();
      if (pos.equals("VBZ") || pos.equals("VBP") || pos.equals("VBD") || pos.equals("MD")) {
        return true;
      }
      if (t.get(k).word().equals(",")) {
        return false;
      }
    }
    return false;
  }
}
