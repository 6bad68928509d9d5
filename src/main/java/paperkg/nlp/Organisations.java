package paperkg.nlp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import paperkg.source.Paper;

/**
 * Organisations named in a paper's title and abstract (MENTIONS), and the listing's organisation
 * (SUBMITTED_BY).
 *
 * <p>Two sources, both kept only on evidence, because a wrong organisation node is worse than a
 * missing one:
 *
 * <ol>
 *   <li>{@link OrgGazetteer} names, case-sensitive, also as makers glued to a product ("OpenAI-o1",
 *       "NVIDIA H100" is two tokens anyway). A name that is also a model family ("DeepSeek") counts
 *       only as a maker: possessive ("DeepSeek's R1"), not in "DeepSeek-R1" or "DeepSeek R1".
 *   <li>CoreNLP NER ORGANIZATION spans, cleaned, when their shape says organisation — an
 *       organisation head word last ("Beijing Film Academy", "… Entertainment Group") or first
 *       before of/for ("Centers for Disease Control"), a defined acronym whose long form has one
 *       ("National Cancer Institute (NCI)") — or their context does: a possessive, "by/from/at X",
 *       coordination with another organisation ("IonQ and IBM"), a hardware or legal word after ("X
 *       processors", "X Inc."). Benchmarks, title phrases and methods the tagger calls
 *       organisations ("Pascal VOC", "Vision Foundation Models", "Kolmogorov-Arnold Network") have
 *       neither.
 * </ol>
 *
 * Never: places, hosting platforms as places (Hugging Face, GitHub), the paper's own method names,
 * spans with digits or a model family, dictionary acronyms (LLM, RLHF). One mention per
 * organisation ({@link OrgNames#key}).
 */
final class Organisations {
  /** Head words of organisation names. */
  private static final Set<String> HEADS =
      Set.of(
          "institute",
          "institutes",
          "university",
          "universities",
          "society",
          "bank",
          "center",
          "centers",
          "centre",
          "centres",
          "organization",
          "organisation",
          "agency",
          "association",
          "foundation",
          "council",
          "laboratory",
          "laboratories",
          "lab",
          "labs",
          "inc",
          "inc.",
          "corporation",
          "corp",
          "corp.",
          "ministry",
          "department",
          "commission",
          "academy",
          "college",
          "hospital",
          "fund",
          "group",
          "administration",
          "bureau",
          "consortium",
          "company",
          "ltd",
          "ltd.",
          "llc",
          "gmbh",
          "polytechnic",
          "observatory",
          "clinic");

  /** Heads that also begin a name: "Institute for …", "Ministry of …", "University of …". */
  private static final Set<String> LEADING_HEADS =
      Set.of(
          "institute",
          "university",
          "ministry",
          "department",
          "centers",
          "center",
          "centre",
          "academy",
          "college",
          "laboratory",
          "bureau",
          "commission",
          "council",
          "agency",
          "school");

  private static final Set<String> LEGAL =
      Set.of("inc", "inc.", "ltd", "ltd.", "corp", "corp.", "llc", "gmbh");

  /** Words after a maker's name: "IonQ processors", "NVIDIA GPUs", "Google Cloud". */
  private static final Set<String> PRODUCT_WORDS =
      Set.of(
          "processor",
          "processors",
          "gpu",
          "gpus",
          "chip",
          "chips",
          "hardware",
          "cloud",
          "api",
          "apis",
          "tpu",
          "tpus",
          "device",
          "devices",
          "glasses",
          "phone",
          "phones",
          "researchers",
          "engineers");

  private static final Set<String> BEFORE_MAKER = Set.of("by", "from", "at");

  private final CorpusStats stats;
  private final ModelFamilies families;
  private final OrgGazetteer gazetteer;

  Organisations(CorpusStats stats, ModelFamilies families) {
    this.stats = stats;
    this.families = families;
    this.gazetteer = new OrgGazetteer(stats, families);
  }

  /**
   * @param methodNames lower-cased names of the paper's methods: the tagger often calls a new
   *     system an organisation ("TrialPanorama", "Orca")
   */
  List<OrgMention> find(PaperContext ctx, Set<String> methodNames) {
    Map<String, OrgMention> out = new LinkedHashMap<>();
    for (Sentence s : ctx.annotated().sentences()) {
      boolean[] covered = new boolean[s.tokens().size()];
      gazetteerMatches(s, covered, out);
      nerMatches(s, covered, ctx.definitions(), methodNames, out);
    }
    dropContaining(out);
    Paper p = ctx.annotated().paper();
    if (p.submitter() != null && !p.submitter().name().isBlank()) {
      // the listing's organisation is SUBMITTED_BY even when the abstract also names it (then both)
      String name = p.submitter().name().strip();
      out.put(
          "submitted " + OrgNames.key(name),
          new OrgMention(name, OrgMention.Relation.SUBMITTED_BY, "listing"));
    }
    return new ArrayList<>(out.values());
  }

  private void gazetteerMatches(Sentence s, boolean[] covered, Map<String, OrgMention> out) {
    List<Token> t = s.tokens();
    for (int i = 0; i < t.size(); i++) {
      OrgGazetteer.Name n = gazetteer.at(t, i);
      int end = n == null ? i + 1 : i + n.words().size();
      if (n != null && n.ambiguous() && !isMaker(t, end)) {
        n = null;
      }
      if (n == null) {
        n = gazetteer.prefixOf(t.get(i).word());
        end = i + 1;
      }
      if (n != null
          && !OrgNames.isHostingPlatform(n.text())
          && !sentenceInitialWord(s, t, i, n)
          && !isLicence(t, end)) {
        // "Apple Inc.": the legal suffix belongs to the name, not to a second NER span
        while (end < t.size() && LEGAL.contains(t.get(end).word().toLowerCase(Locale.ROOT))) {
          end++;
        }
        for (int k = i; k < end; k++) {
          covered[k] = true;
        }
        add(out, n.text(), s);
        i = end - 1;
      }
    }
  }

  /**
   * "Meta learning …" at a sentence start: a one-word capitalised name before a lower-case word is
   * a word.
   */
  private static boolean sentenceInitialWord(
      Sentence s, List<Token> t, int i, OrgGazetteer.Name n) {
    return i == 0
        && s.index() != Annotator.TITLE
        && n.words().size() == 1
        && Text.upperCount(n.text()) == 1
        && t.size() > 1
        && Character.isLowerCase(t.get(1).word().charAt(0));
  }

  /** "the MIT license", "Apache License 2.0": a licence, not its organisation. */
  private static boolean isLicence(List<Token> t, int end) {
    return end < t.size()
        && Set.of("license", "licence", "licenses")
            .contains(t.get(end).word().toLowerCase(Locale.ROOT));
  }

  /** A maker before its product: "DeepSeek's R1", not "DeepSeek-R1". */
  private static boolean isMaker(List<Token> t, int end) {
    if (end >= t.size()) {
      return false;
    }
    // "DeepSeek R1" without the possessive is as often read as the model's full name (3 corpus
    // papers judged)
    String next = t.get(end).word();
    return next.equals("'s") || next.equals("’s");
  }

  private void nerMatches(
      Sentence s,
      boolean[] covered,
      Map<String, Acronyms.Definition> defs,
      Set<String> methodNames,
      Map<String, OrgMention> out) {
    List<Token> t = s.tokens();
    int i = 0;
    while (i < t.size()) {
      if (!"ORGANIZATION".equals(t.get(i).ner()) || covered[i]) {
        i++;
        continue;
      }
      int j = i;
      while (j < t.size() && "ORGANIZATION".equals(t.get(j).ner()) && !covered[j]) {
        j++;
      }
      String name = clean(t, i, j, s, defs, out);
      if (name != null
          && !EntityNames.isNameOf(methodNames, name)
          && !OrgNames.isHostingPlatform(name)) {
        add(out, name, s);
      }
      i = j;
    }
  }

  /**
   * The organisation's name for the NER span [from, to) of the sentence, or null when it is not
   * one.
   */
  String clean(
      List<Token> t,
      int from,
      int to,
      Sentence s,
      Map<String, Acronyms.Definition> defs,
      Map<String, OrgMention> found) {
    int start = from;
    int end = to;
    while (start < end && Set.of("the", "The").contains(t.get(start).word())) {
      start++;
    }
    while (end > start && !Text.hasLetter(t.get(end - 1).word())) {
      end--;
    }
    if (start >= end) {
      return null;
    }
    List<Token> tokens = t.subList(start, end);
    String name = MethodNames.join(tokens);
    if (Places.isPlace(name)) {
      return null;
    }
    for (Token x : tokens) {
      String w = x.word();
      if (Text.hasDigit(w) || families.startsName(w) || stats.longForm(w) != null) {
        return null;
      }
    }
    List<String> words = Token.words(tokens);
    if (tokens.size() == 1 && Organisations.isShortAllCaps(tokens.get(0).word())) {
      // kept only as the organisation-like long form it abbreviates here ("National Cancer
      // Institute (NCI)")
      Acronyms.Definition d = defs.get(Text.singularAcronym(tokens.get(0).word()));
      return d != null && hasOrgShape(d.longFormWords()) ? d.longFormText() : null;
    }
    if (hasOrgShape(words)) {
      return name;
    }
    // titles are title case: there the tagger calls many noun phrases organisations
    return s.index() != Annotator.TITLE
            && hasMakerContext(t, start, end, found)
            && isProperName(tokens)
        ? name
        : null;
  }

  /** Capitalised words, at least one of them rare in the corpus (not "Social Science"). */
  private boolean isProperName(List<Token> tokens) {
    boolean rare = false;
    for (Token x : tokens) {
      String w = x.word();
      if (!Text.isCapitalized(w) && !Text.STOP.contains(w) && !w.equals("&")) {
        return false;
      }
      rare |=
          Text.isNameLike(w)
              || (Text.hasLetter(w) && stats.share(Text.key(w)) < OrgGazetteer.COMMON_WORD);
    }
    return rare;
  }

  /**
   * Context that names a maker or an organisation: "X's", "by/from/at X", "X and <organisation>",
   * "X GPUs".
   */
  private static boolean hasMakerContext(
      List<Token> t, int start, int end, Map<String, OrgMention> found) {
    String after = end < t.size() ? t.get(end).word() : "";
    String before = start > 0 ? t.get(start - 1).word().toLowerCase(Locale.ROOT) : "";
    if (after.equals("'s")
        || after.equals("’s")
        || LEGAL.contains(after.toLowerCase(Locale.ROOT))
        || PRODUCT_WORDS.contains(after.toLowerCase(Locale.ROOT))
        || BEFORE_MAKER.contains(before)) {
      return true;
    }
    // coordinated with an organisation found in this sentence: "IonQ and IBM Quantum processors"
    if ((after.equals("and") || after.equals(",")) && end + 1 < t.size()) {
      String next = t.get(end + 1).word();
      for (OrgMention o : found.values()) {
        if (o.name().startsWith(next) || next.startsWith(o.name())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * An organisation head word last ("World Bank"), or first before "of"/"for" ("Institute for …").
   */
  static boolean hasOrgShape(List<String> words) {
    if (words.isEmpty()) {
      return false;
    }
    if (HEADS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
      return true;
    }
    for (int i = 0; i + 1 < words.size(); i++) {
      String next = words.get(i + 1).toLowerCase(Locale.ROOT);
      if (LEADING_HEADS.contains(words.get(i).toLowerCase(Locale.ROOT))
          && (next.equals("of") || next.equals("for"))) {
        return true;
      }
    }
    return false;
  }

  private static void add(Map<String, OrgMention> out, String name, Sentence s) {
    String key = OrgNames.key(name);
    if (!key.isEmpty()) {
      out.putIfAbsent(key, new OrgMention(name, OrgMention.Relation.MENTIONS, s.text()));
    }
  }

  /**
   * "World Bank Development Projects" and "Trade and Tourism for the World Bank" are over-long
   * spans around "World Bank", which the paper also names alone: drop a span that contains another
   * mention when its extra words hold no organisation word.
   */
  static void dropContaining(Map<String, OrgMention> out) {
    List<Map.Entry<String, OrgMention>> entries = new ArrayList<>(out.entrySet());
    for (Map.Entry<String, OrgMention> longer : entries) {
      String l = " " + longer.getValue().name().toLowerCase(Locale.ROOT) + " ";
      for (Map.Entry<String, OrgMention> shorter : entries) {
        String sh = " " + shorter.getValue().name().toLowerCase(Locale.ROOT) + " ";
        if (l.length() > sh.length() && l.contains(sh)) {
          String extra = l.replace(sh, " ").strip();
          if (!hasOrgShape(List.of(extra.split("\\s+")))) {
            out.remove(longer.getKey());
            break;
          }
        }
      }
    }
  }

  /** LLM, ASR, RLHF, MLPs: all capitals (a plural "s" aside), at most six letters. Not "OpenAI". */
  static boolean isShortAllCaps(String w) {
    String s = Text.singularAcronym(w);
    return s.length() <= 6
        && s.length() >= 2
        && s.equals(s.toUpperCase(Locale.ROOT))
        && Text.hasLetter(s);
  }
}
