package paperkg.nlp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import paperkg.source.Paper;

/**
 * Organisations: CoreNLP NER ORGANIZATION spans, cleaned of what the 3-class model mislabels in abstracts —
 * model names (GPT-4, LLaMA), method and task acronyms (LLM, ASR, RLHF: a short all-caps span is kept only
 * when this abstract expands it to an organisation-like long form, and then the long form is the name),
 * names with digits, and countries. The listing's organisation is SUBMITTED_BY.
 */
final class Organisations {
  /** Head words of organisation names; a span containing one is organisation-like. */
  private static final Set<String> ORG_WORDS =
      Set.of("institute", "institutes", "university", "society", "bank", "center", "centers", "centre",
          "centres", "organization", "organisation", "agency", "association", "foundation", "council",
          "laboratory", "laboratories", "lab", "labs", "inc", "inc.", "corporation", "corp", "ministry",
          "department", "commission", "academy", "college", "school", "hospital", "fund", "group", "office",
          "administration", "bureau", "union", "nations", "forum", "consortium", "company");
  /** Place names the 3-class model sometimes tags as organisations. Structural, not tuned to one file. */
  private static final Set<String> PLACES =
      Set.of("china", "us", "u.s.", "usa", "uk", "u.k.", "india", "japan", "korea", "germany", "france",
          "africa", "europe", "asia", "america", "canada", "australia", "brazil", "russia", "singapore",
          "taiwan", "hong kong", "israel", "italy", "spain");

  /** A word in fewer documents than this is rare enough to mark a proper name. */
  static final double RARE = 0.002;

  private final CorpusStats stats;
  private final Methods methods;
  /** Gazetteer names by first word, each as its words. */
  private final Map<String, List<List<String>>> gazetteer;

  Organisations(CorpusStats stats, Methods methods) {
    this.stats = stats;
    this.methods = methods;
    this.gazetteer = loadGazetteer();
  }

  /**
   * The corpus's organisation names, minus those that would mostly match something else in an abstract:
   * model families ("Qwen", "DeepSeek"), acronyms with a dictionary long form, single common words.
   */
  private Map<String, List<List<String>>> loadGazetteer() {
    Map<String, List<List<String>>> out = new java.util.HashMap<>();
    java.io.InputStream in = Organisations.class.getResourceAsStream("/paperkg/nlp/organisations.tsv");
    if (in == null) {
      throw new IllegalStateException("missing resource /paperkg/nlp/organisations.tsv (run CorpusStatsBuilder)");
    }
    try (java.io.BufferedReader r = new java.io.BufferedReader(
        new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String name = line.substring(0, line.indexOf('\t'));
        List<String> words = CheapTokenizer.words(name);
        // plain word sequences only ("Peking University"); "Z.ai" and the like are left to NER
        if (words.isEmpty() || !String.join(" ", words).equals(name)) {
          continue;
        }
        String first = words.get(0);
        if (methods.isModelFamily(first) || stats.longForm(first) != null
            || (words.size() == 1 && (isShortAllCaps(first) || stats.share(Text.key(first)) > 0.01))) {
          continue;
        }
        out.computeIfAbsent(first, k -> new ArrayList<>()).add(List.copyOf(words));
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot read /paperkg/nlp/organisations.tsv", e);
    }
    return Map.copyOf(out);
  }

  /** Gazetteer names in a sentence (exact, case-sensitive word match). */
  private void gazetteerMatches(Sentence s, Map<String, OrgMention> out) {
    List<Token> t = s.tokens();
    for (int i = 0; i < t.size(); i++) {
      List<List<String>> names = gazetteer.get(t.get(i).word());
      if (names == null) {
        continue;
      }
      for (List<String> words : names) {
        if (i + words.size() <= t.size() && Token.words(t.subList(i, i + words.size())).equals(words)) {
          String name = String.join(" ", words);
          out.putIfAbsent(name.toLowerCase(Locale.ROOT), new OrgMention(name, OrgMention.Relation.MENTIONS, s.text()));
        }
      }
    }
  }

  /**
   * @param methodNames lower-cased names of the paper's methods: the tagger often calls a new system an
   *     organisation ("TrialPanorama", "Orca")
   */
  List<OrgMention> find(Annotated a, Map<String, Acronyms.Definition> defs, Set<String> methodNames) {
    Map<String, OrgMention> out = new LinkedHashMap<>();
    for (Sentence s : a.sentences()) {
      if (s.index() != Annotator.TITLE) {
        gazetteerMatches(s, out);
      }
      List<Token> t = s.tokens();
      int i = 0;
      while (i < t.size()) {
        if (!"ORGANIZATION".equals(t.get(i).ner())) {
          i++;
          continue;
        }
        int j = i;
        while (j < t.size() && "ORGANIZATION".equals(t.get(j).ner())) {
          j++;
        }
        String name = clean(t.subList(i, j), defs);
        // titles are title case: the tagger calls many noun phrases organisations there
        if (name != null && s.index() == Annotator.TITLE && !isOrgLike(Token.words(t.subList(i, j)))) {
          name = null;
        }
        if (name != null && isMethodName(name, methodNames)) {
          name = null;
        }
        if (name != null) {
          out.putIfAbsent(name.toLowerCase(Locale.ROOT), new OrgMention(name, OrgMention.Relation.MENTIONS, s.text()));
        }
        i = j;
      }
    }
    dropContaining(out);
    Paper p = a.paper();
    if (p.submitter() != null && !p.submitter().name().isBlank()) {
      String name = p.submitter().name().strip();
      out.remove(name.toLowerCase(Locale.ROOT));
      out.put(name.toLowerCase(Locale.ROOT), new OrgMention(name, OrgMention.Relation.SUBMITTED_BY, "listing"));
    }
    return new ArrayList<>(out.values());
  }

  /** The organisation's name for an NER span, or null when the span is not an organisation. */
  String clean(List<Token> span, Map<String, Acronyms.Definition> defs) {
    int start = 0;
    int end = span.size();
    while (start < end && Set.of("the", "The").contains(span.get(start).word())) {
      start++;
    }
    while (end > start && !Text.hasLetter(span.get(end - 1).word())) {
      end--;
    }
    if (start >= end) {
      return null;
    }
    List<Token> tokens = span.subList(start, end);
    String name = Methods.join(tokens);
    if (PLACES.contains(name.toLowerCase(Locale.ROOT))) {
      return null;
    }
    for (Token x : tokens) {
      String w = x.word();
      if (Text.hasDigit(w) || methods.isModelFamily(w) || stats.longForm(w) != null) {
        return null;
      }
    }
    if (tokens.size() == 1 && isShortAllCaps(tokens.get(0).word())) {
      // kept only as the organisation-like long form it abbreviates here ("National Cancer Institute (NCI)")
      Acronyms.Definition d = defs.get(Text.singularAcronym(tokens.get(0).word()));
      return d != null && isOrgLike(d.longFormWords()) ? d.longFormText() : null;
    }
    if (tokens.size() == 1) {
      // a lone capitalized word: reject common words the tagger capitalized in titles ("Transformer")
      String k = Text.key(tokens.get(0).word());
      return stats.share(k) > 0.01 && !Text.isNameLike(tokens.get(0).word()) ? null : name;
    }
    // several words: an organisation word ("World Bank", "National Cancer Institute"), or a rare word that
    // makes it a proper name ("Hugging Face"); not two common capitalized words ("Social Science")
    if (isOrgLike(Token.words(tokens))) {
      return name;
    }
    for (Token x : tokens) {
      if (Text.hasLetter(x.word()) && stats.share(Text.key(x.word())) < RARE) {
        return name;
      }
    }
    return null;
  }

  /**
   * "World Bank Development Projects" and "Trade and Tourism for the World Bank" are over-long spans around
   * "World Bank", which the paper also names alone: drop a span that contains another mention when its
   * extra words hold no organisation word.
   */
  static void dropContaining(Map<String, OrgMention> out) {
    List<String> names = new ArrayList<>(out.keySet());
    for (String longer : names) {
      for (String shorter : names) {
        if (longer.length() > shorter.length() && (" " + longer + " ").contains(" " + shorter + " ")) {
          String extra = (" " + longer + " ").replace(" " + shorter + " ", " ");
          if (!isOrgLike(List.of(extra.strip().split("\\s+")))) {
            out.remove(longer);
            break;
          }
        }
      }
    }
  }

  private static boolean isMethodName(String name, Set<String> methodNames) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String m : methodNames) {
      if (m.equals(lower) || m.startsWith(lower + " ")) {
        return true;
      }
    }
    return false;
  }

  /** LLM, ASR, RLHF, MLPs: all capitals (a plural "s" aside), at most six letters. Not "OpenAI". */
  static boolean isShortAllCaps(String w) {
    String s = Text.singularAcronym(w);
    return s.length() <= 6 && s.length() >= 2 && s.equals(s.toUpperCase(Locale.ROOT)) && Text.hasLetter(s);
  }

  static boolean isOrgLike(List<String> words) {
    for (String w : words) {
      if (ORG_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
