package paperkg.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Derives the extractor's corpus statistics from a JSONL corpus of abstracts (one object per line
 * with {@code title} and {@code abstract}) with {@link CheapTokenizer}, no CoreNLP, in seconds:
 *
 * <ul>
 *   <li>{@code corpus-df.tsv.gz}: first line {@code #docs<TAB>N}, then {@code term<TAB>df[<TAB>cf]}
 *       (cf, the number of occurrences, only for single words) for word keys ({@link Text#key}) in
 *       ≥ {@value #MIN_WORD_DF} documents and 2–3-word phrase keys in ≥ {@value #MIN_PHRASE_DF}
 *       documents;
 *   <li>{@code acronyms.tsv}: {@code ACR<TAB>long form<TAB>count<TAB>all definitions of ACR}, for
 *       acronyms defined as "long form (ACR)" at least {@value #MIN_ACRONYM_COUNT} times whose most
 *       frequent long form has at least half of the definitions;
 *   <li>{@code organisations.tsv}: {@code name<TAB>papers}, the display names of the Hugging Face
 *       organisations papers are filed under ({@code hf_organization.fullname}): a gazetteer for
 *       names the 3-class NER model misses ("OpenAI").
 * </ul>
 *
 * <p>Usage: {@code java -cp ... paperkg.nlp.CorpusStatsBuilder corpus.jsonl outdir}
 */
final class CorpusStatsBuilder {
  static final int MIN_WORD_DF = CorpusStats.MIN_WORD_DF;
  static final int MIN_PHRASE_DF = CorpusStats.MIN_PHRASE_DF;
  static final int MIN_ACRONYM_COUNT = 3;

  private static final Pattern PAREN =
      Pattern.compile("\\(([\\p{L}\\p{N}][\\p{L}\\p{N}\\-]{1,11})\\)");

  private int docs;
  private final Map<String, Integer> df = new HashMap<>();

  /**
   * Collection frequency of word keys: with df it gives burstiness (occurrences per containing
   * doc).
   */
  private final Map<String, Integer> cf = new HashMap<>();

  /** acronym → loose long-form key → count; and loose key → surface → count for display. */
  private final Map<String, Map<String, Integer>> definitions = new HashMap<>();

  private final Map<String, Map<String, Integer>> surfaces = new HashMap<>();

  /** Display names of the HF organisations papers are filed under, with paper counts. */
  private final Map<String, Integer> organisations = new HashMap<>();

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: CorpusStatsBuilder <corpus.jsonl> <outdir>");
      System.exit(2);
    }
    long t0 = System.nanoTime();
    CorpusStatsBuilder b = new CorpusStatsBuilder();
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = json.readTree(line);
        b.add(CorpusTexts.of(n));
        b.addOrganisation(n.path("hf_organization").path("fullname").asText(""));
      }
    }
    Path out = Path.of(args[1]);
    Files.createDirectories(out);
    int terms = b.writeDf(out.resolve("corpus-df.tsv.gz"));
    int acronyms = b.writeAcronyms(out.resolve("acronyms.tsv"));
    int orgs = b.writeOrganisations(out.resolve("organisations.tsv"));
    System.err.printf(
        "%d documents, %d df terms, %d acronyms, %d organisations in %.1f s%n",
        b.docs, terms, acronyms, orgs, (System.nanoTime() - t0) / 1e9);
  }

  void add(String text) {
    docs++;
    Set<String> seen = new HashSet<>();
    for (List<String> clause : CheapTokenizer.clauses(text)) {
      List<String> keys = new ArrayList<>(clause.size());
      for (String w : clause) {
        keys.add(Text.key(w));
      }
      for (int i = 0; i < keys.size(); i++) {
        seen.add(keys.get(i));
        cf.merge(keys.get(i), 1, Integer::sum);
        if (!isPhraseEdge(keys.get(i))) {
          continue;
        }
        for (int n = 2; n <= 3 && i + n <= keys.size(); n++) {
          if (isPhraseEdge(keys.get(i + n - 1))) {
            seen.add(String.join(" ", keys.subList(i, i + n)));
          }
        }
      }
    }
    for (String k : seen) {
      df.merge(k, 1, Integer::sum);
    }
    addDefinitions(text);
  }

  private static boolean isPhraseEdge(String key) {
    return Text.hasLetter(key) && !Text.STOP.contains(key);
  }

  private void addDefinitions(String text) {
    Matcher m = PAREN.matcher(text);
    while (m.find()) {
      String acr = Text.singularAcronym(m.group(1));
      if (!Text.isAcronymLike(acr)) {
        continue;
      }
      List<String> before = CheapTokenizer.words(clauseBefore(text, m.start()));
      int n = Acronyms.longFormLength(before, acr);
      if (n == 0) {
        continue;
      }
      String surface =
          ConceptIdentity.nameOfWords(before.subList(before.size() - n, before.size()))
              .toLowerCase(java.util.Locale.ROOT);
      String loose = ConceptIdentity.key(surface);
      definitions.computeIfAbsent(acr, k -> new HashMap<>()).merge(loose, 1, Integer::sum);
      surfaces.computeIfAbsent(loose, k -> new HashMap<>()).merge(surface, 1, Integer::sum);
    }
  }

  /** The text between the last clause break and {@code end}. */
  private static String clauseBefore(String text, int end) {
    int start = Math.max(0, end - 200);
    for (int i = end - 1; i >= start; i--) {
      char c = text.charAt(i);
      if (c == ','
          || c == ';'
          || c == ':'
          || c == '('
          || c == ')'
          || c == '\n'
          || (c == '.' && !(i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))))) {
        return text.substring(i + 1, end);
      }
    }
    return text.substring(start, end);
  }

  void addOrganisation(String fullname) {
    String name = fullname.strip().replaceAll("\\s+", " ");
    // display names only: "OpenAI", "Peking University"; not handles like "shanghai ailab"
    if (name.length() >= 3 && Character.isUpperCase(name.charAt(0))) {
      organisations.merge(name, 1, Integer::sum);
    }
  }

  int writeOrganisations(Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("#organisation\tpapers");
    organisations.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> lines.add(e.getKey() + "\t" + e.getValue()));
    Files.write(file, lines, StandardCharsets.UTF_8);
    return lines.size() - 1;
  }

  int writeDf(Path file) throws IOException {
    List<Map.Entry<String, Integer>> rows = new ArrayList<>();
    for (Map.Entry<String, Integer> e : df.entrySet()) {
      boolean phrase = e.getKey().indexOf(' ') >= 0;
      if (e.getValue() >= (phrase ? MIN_PHRASE_DF : MIN_WORD_DF)) {
        rows.add(e);
      }
    }
    rows.sort(
        Map.Entry.<String, Integer>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    try (OutputStream os =
            file.toString().endsWith(".gz")
                ? new GZIPOutputStream(Files.newOutputStream(file))
                : Files.newOutputStream(file);
        PrintWriter w = new PrintWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8))) {
      w.print("#docs\t" + docs + "\n");
      for (Map.Entry<String, Integer> e : rows) {
        boolean phrase = e.getKey().indexOf(' ') >= 0;
        w.print(
            e.getKey() + "\t" + e.getValue() + (phrase ? "" : "\t" + cf.get(e.getKey())) + "\n");
      }
    }
    return rows.size();
  }

  int writeAcronyms(Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, Map<String, Integer>> e : definitions.entrySet()) {
      int total = e.getValue().values().stream().mapToInt(Integer::intValue).sum();
      Map.Entry<String, Integer> best =
          e.getValue().entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
      if (best.getValue() < MIN_ACRONYM_COUNT || best.getValue() * 2 < total) {
        continue;
      }
      String display =
          surfaces.get(best.getKey()).entrySet().stream()
              .max(
                  Map.Entry.<String, Integer>comparingByValue()
                      .thenComparing(Map.Entry.comparingByKey()))
              .orElseThrow()
              .getKey();
      lines.add(e.getKey() + "\t" + display + "\t" + best.getValue() + "\t" + total);
    }
    lines.sort(
        Comparator.comparing((String l) -> -Integer.parseInt(l.split("\t")[2]))
            .thenComparing(l -> l));
    List<String> out = new ArrayList<>();
    out.add("#acronym\tlong form\tcount\tdefinitions");
    out.addAll(lines);
    Files.write(file, out, StandardCharsets.UTF_8);
    return lines.size();
  }
}
