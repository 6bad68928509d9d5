package paperkg.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Organisation names to look for in text, case-sensitively, as word sequences: every name in {@code
 * organisation-aliases.tsv} and {@code ror-organisations.tsv}, and the display names of the Hugging
 * Face organisations of at least {@link #MIN_PAPERS} corpus papers ({@code organisations.tsv}) that
 * do not look like something else (a model family, a dictionary acronym, a benchmark, a common
 * word). A name starting with a model family ("DeepSeek", "Qwen") is ambiguous: it names the maker
 * only with evidence (see Organisations).
 */
final class OrgGazetteer {
  /**
   * An HF organisation filed under by one paper only is as often a project as an organisation
   * ("CG-Bench").
   */
  static final int MIN_PAPERS = 2;

  /**
   * A one-word name whose lower-case form is in more documents than this is a common word
   * ("Together").
   */
  static final double COMMON_WORD = 0.002;

  /**
   * Suffixes that make a hyphenated word about its maker: "Google-internal", "OpenAI-developed".
   */
  private static final java.util.Set<String> MAKER_SUFFIXES =
      java.util.Set.of(
          "internal",
          "owned",
          "developed",
          "made",
          "built",
          "trained",
          "hosted",
          "backed",
          "funded",
          "sponsored",
          "affiliated",
          "designed",
          "released",
          "proprietary");

  record Name(List<String> words, boolean ambiguous) {
    String text() {
      return String.join(" ", words);
    }
  }

  /** Names by first word. */
  private final Map<String, List<Name>> byFirst = new HashMap<>();

  OrgGazetteer(CorpusStats stats, ModelFamilies families) {
    List<String> curated = new ArrayList<>();
    for (String[] f : Lexicon.tsv("organisation-aliases.tsv")) {
      curated.addAll(List.of(f));
    }
    for (String[] f : Lexicon.tsv("ror-organisations.tsv")) {
      curated.addAll(List.of(f).subList(1, f.length));
    }
    for (String n : curated) {
      add(n, families);
    }
    for (String[] f : Lexicon.tsv("organisations.tsv")) {
      if (f.length > 1
          && Integer.parseInt(f[1]) >= MIN_PAPERS
          && looksLikeOrganisation(f[0], stats, families)) {
        add(f[0], families);
      }
    }
  }

  private static boolean looksLikeOrganisation(
      String name, CorpusStats stats, ModelFamilies families) {
    List<String> words = CheapTokenizer.words(name);
    // plain word sequences only ("Peking University"); handles such as "Alibaba-NLP" are left to
    // NER
    if (words.isEmpty() || !String.join(" ", words).equals(name)) {
      return false;
    }
    String first = words.get(0);
    String lower = name.toLowerCase(Locale.ROOT);
    if (families.startsName(first)
        || stats.longForm(first) != null
        || lower.endsWith("bench")
        || lower.endsWith("benchmark")
        || lower.endsWith("benchmarks")) {
      return false;
    }
    return words.size() > 1 || Text.isNameLike(first) || stats.share(Text.key(first)) < COMMON_WORD;
  }

  private void add(String name, ModelFamilies families) {
    List<String> words = CheapTokenizer.words(name);
    if (words.isEmpty()) {
      return;
    }
    // CheapTokenizer splits "JD.com"; keep the name as written when it is one token in text
    if (!String.join(" ", words).equals(name) && !name.contains(" ")) {
      words = List.of(name);
    }
    boolean ambiguous = families.startsName(words.get(0));
    List<Name> names = byFirst.computeIfAbsent(words.get(0), k -> new ArrayList<>());
    Name n = new Name(List.copyOf(words), ambiguous);
    if (!names.contains(n)) {
      names.add(n);
      names.sort((a, b) -> b.words().size() - a.words().size());
    }
  }

  /** The longest name starting at token {@code i}, or null. */
  Name at(List<Token> t, int i) {
    List<Name> names = byFirst.get(t.get(i).word());
    if (names == null) {
      return null;
    }
    for (Name n : names) {
      if (i + n.words().size() <= t.size()
          && Token.words(t.subList(i, i + n.words().size())).equals(n.words())) {
        return n;
      }
    }
    return null;
  }

  /**
   * A name glued to the front of the token: "OpenAI-o1", "NVIDIA-labs", "OpenAICLIP". Only one-word
   * names with two or more capitals ("OpenAI", "NVIDIA", not "Meta" of "Meta-learning") and not
   * ambiguous ones ("DeepSeek-R1"), or any one-word name before a maker suffix ("Google-internal").
   */
  Name prefixOf(String token) {
    // "Google-internal models", "Meta-developed": a maker suffix makes any one-word name the maker
    int hyphen = token.indexOf('-');
    if (hyphen > 0 && MAKER_SUFFIXES.contains(token.substring(hyphen + 1))) {
      List<Name> names = byFirst.get(token.substring(0, hyphen));
      if (names != null) {
        for (Name n : names) {
          if (n.words().size() == 1 && !n.ambiguous()) {
            return n;
          }
        }
      }
    }
    for (int end = token.length() - 1; end >= 3; end--) {
      char next = token.charAt(end);
      if (next != '-' && !Character.isUpperCase(next)) {
        continue;
      }
      List<Name> names = byFirst.get(token.substring(0, end));
      if (names != null) {
        for (Name n : names) {
          // an all-capitals name before another capital is just a longer acronym ("AMDX")
          boolean glued = next == '-' || !n.text().equals(n.text().toUpperCase(Locale.ROOT));
          if (n.words().size() == 1 && !n.ambiguous() && Text.upperCount(n.text()) >= 2 && glued) {
            return n;
          }
        }
      }
    }
    return null;
  }
}
