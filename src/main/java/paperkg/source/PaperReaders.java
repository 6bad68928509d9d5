package paperkg.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import paperkg.PaperkgException;

/**
 * The known input formats and the reader each one uses. Registered once, below, one line per
 * format; there is no runtime registration because paperkg has no plugins.
 */
final class PaperReaders {
  static final Format HF_TEXT = new Format("hf-text", List.of("text", "hf-txt"), List.of("txt"));
  static final Format HF_JSON = new Format("hf-json", List.of("json", "hf-api"), List.of("json"));
  static final Format HF_HTML = new Format("hf-html", List.of("html"), List.of("html", "htm"));
  static final Format ARXIV_ATOM =
      new Format("arxiv-atom", List.of("atom", "arxiv"), List.of("atom", "xml"));
  static final Format JSONL =
      new Format("jsonl", List.of("ndjson", "json-lines"), List.of("jsonl", "ndjson"));

  static final Format OPENALEX = new Format("openalex", List.of("openalex-json"), List.of());
  static final Format CROSSREF = new Format("crossref", List.of("crossref-json"), List.of());
  static final Format S2 =
      new Format("s2", List.of("semantic-scholar", "semanticscholar"), List.of());
  static final Format ARXIV_SNAPSHOT =
      new Format("arxiv-snapshot", List.of("arxiv-json", "arxiv-kaggle"), List.of());
  static final Format ARXIV_OAI = new Format("arxiv-oai", List.of("oai", "oai-pmh"), List.of());

  /**
   * Formats a sniff finds inside a generic extension (.json, .jsonl, .xml): an OpenAlex page saved
   * as works.json is OpenAlex, not HF JSON.
   */
  static final List<Format> SNIFFED_WITHIN_EXTENSION =
      List.of(OPENALEX, CROSSREF, S2, ARXIV_SNAPSHOT, ARXIV_OAI);

  /** RDF has no PaperReader: the rdf layer loads it straight into the graph. */
  static final Format RDF =
      new Format(
          "rdf",
          List.of("turtle", "ttl", "nt", "jsonld", "rdfxml", "trig", "nq"),
          List.of("ttl", "nt", "jsonld", "rdf", "rdfxml", "owl", "trig", "nq"));

  /** Format → reader factory; the factory is empty for formats read elsewhere (RDF). */
  private static final Map<Format, Optional<Function<ReaderSettings, PaperReader>>> REGISTRY;

  static {
    Map<Format, Optional<Function<ReaderSettings, PaperReader>>> r = new LinkedHashMap<>();
    r.put(HF_TEXT, Optional.of(HfTextReader::new));
    r.put(HF_JSON, Optional.of(s -> new HfJsonReader(s.badRecords())));
    r.put(HF_HTML, Optional.of(s -> new HfHtmlReader(s.badRecords())));
    r.put(ARXIV_ATOM, Optional.of(s -> new ArxivAtomReader(s.badRecords())));
    r.put(JSONL, Optional.of(s -> new JsonlReader(s.badRecords())));
    r.put(OPENALEX, Optional.of(s -> new OpenAlexReader(s.badRecords())));
    r.put(CROSSREF, Optional.of(s -> new CrossrefReader(s.badRecords())));
    r.put(S2, Optional.of(s -> new S2Reader(s.badRecords())));
    r.put(ARXIV_SNAPSHOT, Optional.of(s -> new ArxivSnapshotReader(s.badRecords())));
    r.put(ARXIV_OAI, Optional.of(s -> new ArxivOaiReader(s.badRecords())));
    r.put(RDF, Optional.empty());
    REGISTRY = Collections.unmodifiableMap(r);
  }

  private PaperReaders() {}

  static List<Format> formats() {
    return List.copyOf(REGISTRY.keySet());
  }

  static boolean isRdf(Format format) {
    return RDF.equals(format);
  }

  /** The format called {@code label} (name or alias, any case), or null. */
  static Format byName(String label) {
    return formats().stream().filter(f -> f.isCalled(label)).findFirst().orElse(null);
  }

  /** Like {@link #byName} but an unknown name is a usage error that lists the known ones. */
  static Format require(String label) {
    Format f = byName(label);
    if (f == null) {
      throw PaperkgException.usage(
          "unknown format '" + label + "' (known: " + String.join(", ", names()) + ")");
    }
    return f;
  }

  /** The format a file name's extension stands for, after stripping {@code .gz}; null if none. */
  static Format byFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    int dot = name.lastIndexOf('.');
    if (dot < 0) {
      return null;
    }
    String ext = name.substring(dot + 1);
    return formats().stream().filter(f -> f.extensions().contains(ext)).findFirst().orElse(null);
  }

  /** A reader for the format, or empty for formats another layer loads (RDF). */
  static Optional<PaperReader> reader(Format format, ReaderSettings settings) {
    Optional<Function<ReaderSettings, PaperReader>> factory = REGISTRY.get(format);
    if (factory == null) {
      throw new IllegalArgumentException("not a registered format: " + format);
    }
    return factory.map(f -> f.apply(settings));
  }

  static List<String> names() {
    return formats().stream().map(Format::name).toList();
  }

  static List<String> extensions() {
    List<String> all = new ArrayList<>();
    formats().forEach(f -> all.addAll(f.extensions()));
    return all;
  }
}
