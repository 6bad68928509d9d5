package paperkg.nlp;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Organisation identity: the one function that says whether two names (or a name and a ROR id) are
 * the same organisation, for every source (abstract mentions, listing submitters, affiliations from
 * OpenAlex/Crossref).
 *
 * <p>{@link #key} folds case, accents, punctuation and spaces ("HuggingFace" = "Hugging Face"), a
 * leading "The" and legal suffixes ("Apple Inc." = "Apple", "Foo Co., Ltd." = "Foo"), then maps
 * known other names to their canonical one ({@code organisation-aliases.tsv}: MIT, CMU, AWS, HF
 * handles such as "facebook"; the ROR records' labels and acronyms). Sub-units: a known
 * organisation followed by a generic unit word (Research, AI, Lab, Labs, Team, Group) is that
 * organisation ("Microsoft Research" = "Microsoft", "Alibaba Group" = "Alibaba"); a unit with its
 * own name keeps its own node ("Google DeepMind", "IBM Quantum", "Tencent Hunyuan"), which the
 * corpus evaluation matches to its parent as a leading part. "Stability AI" stays itself because
 * "Stability" is not a known organisation.
 */
public final class OrgNames {
  private OrgNames() {}

  /**
   * An organisation's node identity: {@code id} from the key, the display name, the ROR id when
   * known.
   */
  public record Resolved(String id, String name, String ror) {}

  private static final Set<String> LEGAL_SUFFIXES =
      Set.of(
          "inc",
          "ltd",
          "llc",
          "gmbh",
          "co",
          "corp",
          "corporation",
          "plc",
          "limited",
          "ag",
          "sa",
          "srl",
          "bv",
          "kk",
          "lp",
          "pte",
          "pty");
  private static final Set<String> UNIT_WORDS =
      Set.of("research", "ai", "lab", "labs", "team", "group");

  private static final class Tables {
    /** folded key of any known form → canonical key. */
    final Map<String, String> canonicalKey = new HashMap<>();

    /** canonical key → display name. */
    final Map<String, String> display = new HashMap<>();

    /** canonical key → ROR id. */
    final Map<String, String> rorOfKey = new HashMap<>();

    /** ROR id → canonical key. */
    final Map<String, String> keyOfRor = new HashMap<>();

    /** Keys of every organisation name we know (aliases, ROR, the corpus's HF organisations). */
    final Set<String> known = new HashSet<>();

    final Set<String> hosting = new HashSet<>();

    Tables() {
      for (String[] f : Lexicon.tsv("organisation-aliases.tsv")) {
        addNames(f, 0, null);
      }
      for (String[] f : Lexicon.tsv("ror-organisations.tsv")) {
        addNames(f, 1, f[0]);
      }
      for (String[] f : Lexicon.tsv("organisations.tsv")) {
        known.add(fold(f[0]));
      }
      for (String h : Lexicon.lines("hosting-platforms.txt")) {
        hosting.add(fold(h));
      }
    }

    private void addNames(String[] fields, int first, String ror) {
      String canonical = fold(fields[first]);
      display.putIfAbsent(canonical, fields[first]);
      for (int i = first; i < fields.length; i++) {
        String k = fold(fields[i]);
        if (!k.isEmpty()) {
          canonicalKey.putIfAbsent(k, canonical);
          known.add(k);
        }
      }
      if (ror != null) {
        rorOfKey.put(canonical, ror);
        keyOfRor.put(ror, canonical);
      }
    }
  }

  private static final class Holder {
    static final Tables TABLES = new Tables();
  }

  /** The identity key of an organisation name: equal keys are the same organisation. */
  public static String key(String name) {
    Tables t = Holder.TABLES;
    List<String> words = words(name);
    String k = String.join("", words);
    String canonical = t.canonicalKey.get(k);
    if (canonical != null) {
      return canonical;
    }
    if (words.size() > 1 && UNIT_WORDS.contains(words.get(words.size() - 1))) {
      String parent = String.join("", words.subList(0, words.size() - 1));
      if (t.known.contains(parent)) {
        return t.canonicalKey.getOrDefault(parent, parent);
      }
    }
    return k;
  }

  /**
   * The node for an organisation named {@code name}, with the ROR id a source gives (or null). A
   * ROR id we know decides identity and the display name; an unknown one is kept on the node.
   */
  public static Resolved resolve(String name, String ror) {
    Tables t = Holder.TABLES;
    String shortRor = ror == null ? null : ror.substring(ror.lastIndexOf('/') + 1);
    String k =
        shortRor != null && t.keyOfRor.containsKey(shortRor) ? t.keyOfRor.get(shortRor) : key(name);
    if (k.isEmpty()) {
      k = "org" + Integer.toHexString(name.strip().hashCode());
    }
    String display = t.display.getOrDefault(k, name.strip());
    return new Resolved(k, display, shortRor != null ? shortRor : t.rorOfKey.get(k));
  }

  /**
   * A name we know as an organisation's (an alias, a ROR name, one of the corpus's HF
   * organisations).
   */
  public static boolean isKnown(String name) {
    return Holder.TABLES.known.contains(fold(name));
  }

  /**
   * Hugging Face, GitHub …: code and model hosts, which a paper names as places to download from.
   */
  public static boolean isHostingPlatform(String name) {
    return Holder.TABLES.hosting.contains(fold(name));
  }

  /**
   * Lower case, accents and punctuation dropped, a leading "the" and trailing legal suffixes
   * removed.
   */
  static List<String> words(String name) {
    String ascii =
        Normalizer.normalize(name, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replace("&", " and ");
    List<String> words = new ArrayList<>();
    for (String w : ascii.split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    if (words.size() > 1 && words.get(0).equals("the")) {
      words.remove(0);
    }
    while (words.size() > 1 && LEGAL_SUFFIXES.contains(words.get(words.size() - 1))) {
      words.remove(words.size() - 1);
    }
    return words;
  }

  private static String fold(String name) {
    return String.join("", words(name));
  }
}
