package paperkg.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The concepts that may be topics, with their BROADER links: the shipped vocabulary ({@value
 * #FILE}, decided from corpus statistics by the test-scope {@code TopicVocabularyBuilder}) or a
 * user's SKOS concept scheme ({@code paperkg.rdf.SkosScheme}). A paper's concept is a topic when
 * its identity key ({@link ConceptIdentity#compactKey}) is the key of an entry's name or of one of
 * its alternative labels.
 */
public final class TopicVocabulary {
  static final String FILE = "topic-vocabulary.tsv";

  /**
   * One concept: {@code field} entries are the top level (computer vision, natural language
   * processing ...); {@code iri} is the user scheme's concept IRI, null for the shipped vocabulary;
   * {@code papers} the number of corpus papers that name it (0 when unknown).
   */
  public record Entry(
      String name,
      List<String> altLabels,
      List<String> broader,
      boolean field,
      String iri,
      int papers) {
    public Entry {
      Objects.requireNonNull(name, "name");
      altLabels = List.copyOf(altLabels);
      broader = List.copyOf(broader);
    }
  }

  private final Map<String, Entry> byName = new LinkedHashMap<>();
  private final Map<String, Entry> byKey = new HashMap<>();
  private final boolean user;

  /** Corpus papers titled by an entry, by name (the shipped vocabulary's sixth column). */
  private final Map<String, Integer> titles = new HashMap<>();

  private TopicVocabulary(Collection<Entry> entries, boolean user) {
    this.user = user;
    Map<Entry, Entry> sameAs = user ? Map.of() : foldedTwins(entries);
    for (Entry e : entries) {
      if (!sameAs.containsKey(e)) {
        byName.put(e.name(), e);
      }
    }
    for (Entry e : entries) {
      byKey.putIfAbsent(ConceptIdentity.compactKey(e.name()), sameAs.getOrDefault(e, e));
    }
    // alternative labels second: a preferred label always wins its key
    for (Entry e : entries) {
      Entry to = sameAs.getOrDefault(e, e);
      e.altLabels().forEach(a -> byKey.putIfAbsent(ConceptIdentity.compactKey(a), to));
    }
  }

  /**
   * A user's vocabulary (e.g. read from a SKOS scheme): any of its labels makes a topic, however
   * short. BROADER names that are not entries are dropped.
   */
  public static TopicVocabulary of(Collection<Entry> entries) {
    return new TopicVocabulary(entries, true);
  }

  /** The shipped vocabulary. */
  static TopicVocabulary load() {
    try (InputStream in = Lexicon.open(FILE)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FILE, e);
    }
  }

  /**
   * Lines {@code name<TAB>level<TAB>papers<TAB>broader|broader...<TAB>alt|alt...[<TAB>titles]}; '#'
   * starts a comment.
   */
  static TopicVocabulary read(InputStream in) throws IOException {
    List<Entry> entries = new ArrayList<>();
    Map<String, Integer> titles = new HashMap<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 5) {
        throw new IllegalStateException(FILE + ":" + n + ": expected 5 tab-separated fields");
      }
      entries.add(
          new Entry(
              f[0], split(f[4]), split(f[3]), f[1].equals("field"), null, Integer.parseInt(f[2])));
      if (f.length > 5 && !f[5].isEmpty()) {
        titles.put(f[0], Integer.parseInt(f[5]));
      }
    }
    TopicVocabulary v = new TopicVocabulary(entries, false);
    v.titles.putAll(titles);
    return v;
  }

  /**
   * Entries of the shipped vocabulary whose names are one name once case, hyphens/spaces and a
   * final "s" of each word are folded, mapped to the one named by more corpus papers: the lemma
   * step keeps "graphics" and "robotics" whole (a mass noun is no plural), so "scalable vector
   * graphics" (6 papers) and "scalable vector graphic" (21) were two entries, and the whole-corpus
   * graph had two Topic nodes for one concept. One node per concept wins over the better spelling.
   */
  static Map<Entry, Entry> foldedTwins(Collection<Entry> entries) {
    Map<String, Entry> byFold = new HashMap<>();
    Map<Entry, Entry> sameAs = new HashMap<>();
    for (Entry e : entries) {
      Entry first = byFold.putIfAbsent(fold(e.name()), e);
      if (first != null && !first.field() && !e.field()) {
        Entry winner = first.papers() >= e.papers() ? first : e;
        Entry loser = winner == first ? e : first;
        sameAs.put(loser, winner);
        byFold.put(fold(e.name()), winner);
      }
    }
    return sameAs;
  }

  /**
   * Case, hyphen/space and a final "s" of every word folded away (the issue's test of one name).
   */
  static String fold(String name) {
    StringBuilder out = new StringBuilder();
    for (String w : name.toLowerCase(java.util.Locale.ROOT).split("[\\s-]+")) {
      out.append(w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w);
    }
    return out.toString();
  }

  private static List<String> split(String s) {
    return s.isEmpty() ? List.of() : List.of(s.split("\\|"));
  }

  /** The entry a concept key ({@link ConceptIdentity#key}) names, or null. */
  Entry get(String key) {
    return byKey.get(key.replace(" ", ""));
  }

  /** The entry of a name, or null. */
  Entry named(String name) {
    return byName.get(name);
  }

  /**
   * Share of the corpus papers naming the entry that have it in the title (0 when unknown: a user
   * scheme, fields).
   */
  double titleShare(Entry e) {
    Integer t = titles.get(e.name());
    return t == null || e.papers() == 0 ? 0 : t / (double) e.papers();
  }

  /** A user scheme (every label counts) rather than the shipped, corpus-decided vocabulary. */
  boolean isUser() {
    return user;
  }

  Collection<Entry> entries() {
    return byName.values();
  }

  int size() {
    return byName.size();
  }
}
