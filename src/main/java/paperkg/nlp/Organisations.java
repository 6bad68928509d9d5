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
          "administration", "bureau", "union", "nations", "forum", "consortium", "company", "research");
  /** Place names the 3-class model sometimes tags as organisations. Structural, not tuned to one file. */
  private static final Set<String> PLACES =
      Set.of("china", "us", "u.s.", "usa", "uk", "u.k.", "india", "japan", "korea", "germany", "france",
          "africa", "europe", "asia", "america", "canada", "australia", "brazil", "russia", "singapore",
          "taiwan", "hong kong", "israel", "italy", "spain");

  private final CorpusStats stats;
  private final Methods methods;

  Organisations(CorpusStats stats, Methods methods) {
    this.stats = stats;
    this.methods = methods;
  }

  List<OrgMention> find(Annotated a, Map<String, Acronyms.Definition> defs) {
    Map<String, OrgMention> out = new LinkedHashMap<>();
    for (Sentence s : a.sentences()) {
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
        if (name != null) {
          out.putIfAbsent(name.toLowerCase(Locale.ROOT), new OrgMention(name, OrgMention.Relation.MENTIONS, s.text()));
        }
        i = j;
      }
    }
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
    if (tokens.size() == 1 && Text.isAcronymLike(tokens.get(0).word())) {
      // kept only as the organisation-like long form it abbreviates here ("National Cancer Institute (NCI)")
      Acronyms.Definition d = defs.get(Text.singularAcronym(tokens.get(0).word()));
      return d != null && isOrgLike(d.longFormWords()) ? d.longFormText() : null;
    }
    if (tokens.size() == 1) {
      // a lone capitalized word: reject common words the tagger capitalized in titles ("Transformer")
      String k = Text.key(tokens.get(0).word());
      return stats.share(k) > 0.01 && !Text.isNameLike(tokens.get(0).word()) ? null : name;
    }
    return name;
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
