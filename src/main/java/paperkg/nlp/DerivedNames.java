package paperkg.nlp;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the paper derives from one it proposes ({@link Proposals}), run last because it needs the
 * others' names: "Kimi-VL-A3B" and "SenseVoice-Small" (a suffix), "Qwen2.5-32B-Enigmata" (a
 * prefix), "any3" beside "any4" (another number), "GeoTrust-test" beside "GeoTrust-200K".
 */
final class DerivedNames {
  private static final Pattern NUMBERED = Pattern.compile("([a-z]{2,})(\\d+)");

  private final MethodNames names;

  DerivedNames(MethodNames names) {
    this.names = names;
  }

  void find(List<Sentence> sentences, FoundMethods found) {
    List<MethodMention> own = found.proposedMentions();
    for (Sentence s : sentences) {
      for (Token x : s.tokens()) {
        String w = x.word();
        if (MethodNames.DERIVED.matcher(w).matches() || found.isProposed(w)) {
          continue;
        }
        for (MethodMention m : own) {
          if (isDerivedFrom(w, m.name()) || isSibling(w, m.name())) {
            found.propose(w, MethodKinds.of(w, m.kind()), s.text());
            break;
          }
        }
      }
    }
  }

  private static boolean isDerivedFrom(String w, String own) {
    Matcher a = NUMBERED.matcher(w);
    Matcher b = NUMBERED.matcher(own);
    if (a.matches() && b.matches()) {
      return a.group(1).equals(b.group(1)) && !w.equals(own);
    }
    if (own.contains(" ") || own.length() < 3 || w.length() <= own.length()) {
      return false;
    }
    return w.startsWith(own + "-") || w.endsWith("-" + own) || w.contains("-" + own + "-");
  }

  /**
   * "GeoTrust-test" beside "GeoTrust-200K": one stem of four or more letters before a hyphen, not a
   * model family's ("Qwen2.5-72B" is no sibling of "Qwen2.5-7B").
   */
  private boolean isSibling(String w, String own) {
    int a = w.indexOf('-');
    int b = own.indexOf('-');
    return a >= 4
        && a == b
        && !w.equals(own)
        && w.regionMatches(0, own, 0, a)
        && (Text.isNameLike(w.substring(0, a))
            || names.stats().df(Text.key(w.substring(0, a))) == 0)
        && !own.contains(" ")
        && !names.families().startsName(w)
        && Text.hasLetter(w.substring(a + 1));
  }
}
