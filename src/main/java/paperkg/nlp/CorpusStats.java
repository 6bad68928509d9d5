package paperkg.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Document frequencies and the acronym dictionary that {@code CorpusStatsBuilder} (a test-scope
 * tool) derived from the HF daily papers corpus, loaded once from the classpath. Immutable after
 * construction, so shared by all threads.
 */
final class CorpusStats {
  static final String DF_FILE = "corpus-df.tsv.gz";
  static final String ACRONYM_FILE = "acronyms.tsv";

  /** Phrases in fewer documents are not in the df table (words: {@value #MIN_WORD_DF}). */
  static final int MIN_PHRASE_DF = 4;

  static final int MIN_WORD_DF = 2;

  private final int docs;
  private final Map<String, Integer> df;
  private final Map<String, Integer> cf;
  private final Map<String, String> acronyms;

  /**
   * Acronyms whose dictionary long form may be assumed where a paper does not define it ({@link
   * #isEstablished}).
   */
  private final java.util.Set<String> established;

  /**
   * Loose keys of the dictionary's long forms ("large language model", "vision language model").
   */
  private final java.util.Set<String> longForms = new java.util.HashSet<>();

  CorpusStats(
      int docs, Map<String, Integer> df, Map<String, Integer> cf, Map<String, String> acronyms) {
    this(docs, df, cf, acronyms, acronyms.keySet());
  }

  CorpusStats(
      int docs,
      Map<String, Integer> df,
      Map<String, Integer> cf,
      Map<String, String> acronyms,
      java.util.Set<String> established) {
    this.established = java.util.Set.copyOf(established);
    this.docs = docs;
    this.df = Map.copyOf(df);
    this.cf = Map.copyOf(cf);
    this.acronyms = Map.copyOf(acronyms);
    acronyms.values().forEach(lf -> longForms.add(ConceptIdentity.key(lf)));
  }

  static CorpusStats load() {
    try (InputStream df = Lexicon.open(DF_FILE);
        InputStream acronyms = Lexicon.open(ACRONYM_FILE)) {
      return read(new GZIPInputStream(df), acronyms);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read corpus statistics", e);
    }
  }

  /**
   * Reads the (uncompressed) df table and the acronym table as {@code CorpusStatsBuilder} (a
   * test-scope tool) writes them.
   */
  static CorpusStats read(InputStream dfTable, InputStream acronymTable) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(dfTable, StandardCharsets.UTF_8));
    String first = r.readLine();
    if (first == null || !first.startsWith("#docs\t")) {
      throw new IllegalStateException("corpus df table: first line must be #docs<TAB>N");
    }
    int docs = Integer.parseInt(first.substring(6).strip());
    Map<String, Integer> df = new HashMap<>(1 << 17);
    Map<String, Integer> cf = new HashMap<>(1 << 16);
    String line;
    while ((line = r.readLine()) != null) {
      String[] f = line.split("\t");
      df.put(f[0], Integer.parseInt(f[1]));
      if (f.length > 2) {
        cf.put(f[0], Integer.parseInt(f[2]));
      }
    }
    Map<String, String> acronyms = new HashMap<>();
    java.util.Set<String> established = new java.util.HashSet<>();
    BufferedReader a =
        new BufferedReader(new InputStreamReader(acronymTable, StandardCharsets.UTF_8));
    while ((line = a.readLine()) != null) {
      if (!line.startsWith("#") && !line.isBlank()) {
        String[] f = line.split("\t");
        acronyms.put(f[0], f[1]);
        if (f.length < 4 || isEstablished(Integer.parseInt(f[2]), Integer.parseInt(f[3]))) {
          established.add(f[0]);
        }
      }
    }
    return new CorpusStats(docs, df, cf, acronyms, established);
  }

  int docs() {
    return docs;
  }

  /**
   * Document frequency of a word key or phrase key ({@link Text#key}), 0 when unknown or pruned.
   */
  int df(String key) {
    return df.getOrDefault(key, 0);
  }

  /**
   * Occurrences per containing document of a single word (Church &amp; Gale's burstiness): topical
   * words repeat within a document ("agent", "diffusion"), generic ones mostly do not ("approach",
   * "results").
   */
  double burstiness(String key) {
    int d = df(key);
    return d == 0 ? 1.0 : cf.getOrDefault(key, d) / (double) d;
  }

  /** Fraction of corpus documents containing the key. */
  double share(String key) {
    return df(key) / (double) docs;
  }

  /** Smoothed inverse document frequency; unknown terms count as rarer than anything kept. */
  double idf(String key) {
    return Math.log((docs + 1.0) / (df(key) + 1.0));
  }

  /** The dictionary long form of an acronym (singular, as written: "LLM"), or null. */
  String longForm(String acronym) {
    return acronyms.get(Text.singularAcronym(acronym));
  }

  /**
   * An acronym defined with its dictionary long form in ≥ {@value #ESTABLISHED_DEFINITIONS} corpus
   * papers and in ≥ {@value #ESTABLISHED_SHARE} of all its definitions (spelling variants of the
   * long form count against it: MLLM 410 of 490) means that long form even where a paper does not
   * say so (LLM 2055 of 2059, ICL 24 of 24); a rarer or ambiguous one (RF "rectified flow" 4 of 8,
   * CT 3, IQA 3, TTS "test-time scaling" 29 of 53, SD "speculative decoding" 12 of 16, FM
   * "foundation model" 13 of 20) only where the paper defines it or uses the long form's words
   * ({@link PaperAcronyms}).
   */
  boolean isEstablished(String acronym) {
    return established.contains(Text.singularAcronym(acronym));
  }

  static final int ESTABLISHED_DEFINITIONS = 8;
  static final double ESTABLISHED_SHARE = 0.8;

  private static boolean isEstablished(int count, int definitions) {
    return count >= ESTABLISHED_DEFINITIONS && count >= ESTABLISHED_SHARE * definitions;
  }

  /**
   * Whether an identity key ({@link ConceptIdentity#key}) is the long form of a dictionary acronym.
   */
  boolean isLongForm(String key) {
    return longForms.contains(key);
  }

  /** Phrase df of a word-key list: the phrase table for 2–3 words, else the rarest word. */
  int phraseDf(List<String> keys) {
    if (keys.size() == 1) {
      return df(keys.get(0));
    }
    if (keys.size() <= 3) {
      return df(String.join(" ", keys));
    }
    int min = Integer.MAX_VALUE;
    for (int i = 0; i + 3 <= keys.size(); i++) {
      min = Math.min(min, df(String.join(" ", keys.subList(i, i + 3))));
    }
    return min;
  }
}
