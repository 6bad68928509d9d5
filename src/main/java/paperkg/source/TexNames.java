package paperkg.source;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * arXiv metadata writes accents in TeX ({@code Bal\'azs}, {@code M\"uller}, {@code {\o}}); names
 * and titles are stored with the letters they stand for, so "Balázs" from arXiv and from OpenAlex
 * are one author.
 */
final class TexNames {
  private static final Map<Character, Character> COMBINING =
      Map.of(
          '\'', '\u0301', '`', '\u0300', '"', '\u0308', '^', '\u0302', '~', '\u0303', '=', '\u0304',
          '.', '\u0307', 'c', '\u0327', 'v', '\u030C', 'u', '\u0306');
  private static final Map<String, String> LETTERS =
      Map.of(
          "o", "ø", "O", "Ø", "l", "ł", "L", "Ł", "ss", "ß", "ae", "æ", "AE", "Æ", "i", "ı", "aa",
          "å");

  /** {@code \'a}, {@code \'{a}}, {@code {\'a}}, {@code \c{c}}. */
  private static final Pattern ACCENT =
      Pattern.compile("\\{?\\\\([' `\"^~=.]|[cvu](?=[{ ]))\\s*\\{?([A-Za-z])\\}?\\}?");

  private static final Pattern LETTER =
      Pattern.compile("\\{?\\\\(ss|ae|AE|aa|[oOlLi])\\}?(?![A-Za-z])");

  private TexNames() {}

  static String decode(String s) {
    if (s == null || s.indexOf('\\') < 0) {
      return s;
    }
    Matcher m = ACCENT.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      char mark = COMBINING.get(m.group(1).charAt(0));
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(2) + mark));
    }
    m.appendTail(out);
    Matcher l = LETTER.matcher(out.toString());
    StringBuilder out2 = new StringBuilder();
    while (l.find()) {
      l.appendReplacement(out2, Matcher.quoteReplacement(LETTERS.get(l.group(1))));
    }
    l.appendTail(out2);
    return Normalizer.normalize(out2.toString(), Normalizer.Form.NFC);
  }
}
