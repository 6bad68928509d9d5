package paperkg.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.zip.ZipException;
import paperkg.PaperkgException;
import paperkg.source.http.HttpOptions;
import paperkg.source.http.PoliteClient;

/**
 * The entry point of the source layer: turns command-line inputs (files, directories, {@code -} for
 * stdin) into typed {@link Input}s and reads them into {@link Paper}s. RDF inputs are typed but not
 * read here; the caller routes them to the RDF loader ({@link Input#isRdf()}). I/O failures become
 * {@link PaperkgException}s here, at the layer's edge.
 */
public final class PaperSources {
  /** The command-line name for standard input. */
  public static final String STDIN = "-";

  private PaperSources() {}

  /**
   * One input and how to read it.
   *
   * @param path the file, or null for stdin (a fetched URL: the body's file)
   * @param origin the URL a fetched page came from, or null for files and stdin
   * @param continuation a second or later page of a URL: it may be empty (an API's last page often
   *     is)
   */
  public record Input(Path path, Format format, String origin, boolean continuation) {
    public Input {
      Objects.requireNonNull(format, "format");
    }

    public Input(Path path, Format format) {
      this(path, format, null, false);
    }

    public boolean isStdin() {
      return path == null;
    }

    /** The name used in messages and provenance: the URL, the path as given, or {@code -}. */
    public String name() {
      return origin != null ? origin : path == null ? STDIN : path.toString();
    }

    /** True for RDF files, which the rdf layer loads instead of a PaperReader. */
    public boolean isRdf() {
      return PaperReaders.isRdf(format);
    }
  }

  /** All known formats, in registry order (for help texts). */
  public static List<Format> formats() {
    return PaperReaders.formats();
  }

  public static boolean isRdf(Format format) {
    return PaperReaders.isRdf(format);
  }

  /** Resolves and reads every input; an RDF input here is a usage error (route it first). */
  public static void read(
      List<String> inputs, String forcedFormat, ReaderSettings settings, Consumer<Paper> sink) {
    for (Input input : resolve(inputs, forcedFormat)) {
      read(input, settings, sink);
    }
  }

  /**
   * Types each input: {@code forcedFormat} (name or alias) if given, else the file extension (after
   * {@code .gz}), else a sniff of the first bytes. Directories expand to their files with a known
   * extension, recursively and sorted, skipping hidden ones.
   */
  public static List<Input> resolve(List<String> inputs, String forcedFormat) {
    return resolve(inputs, forcedFormat, HttpOptions.defaults());
  }

  /**
   * As {@link #resolve(List, String)}; an {@code http(s)://} argument is fetched (with its
   * following pages) as {@code http} says, each page one input.
   */
  public static List<Input> resolve(List<String> inputs, String forcedFormat, HttpOptions http) {
    Format forced = forcedFormat == null ? null : PaperReaders.require(forcedFormat);
    List<Input> out = new ArrayList<>();
    PoliteClient client = null;
    for (String arg : inputs) {
      if (UrlInputs.isUrl(arg)) {
        client = client != null ? client : new PoliteClient(http);
        out.addAll(UrlInputs.fetch(arg, forced, client));
        continue;
      }
      if (arg.equals(STDIN)) {
        out.add(new Input(null, forced != null ? forced : InputBytes.sniff(null)));
        continue;
      }
      Path path = Path.of(arg);
      if (Files.isDirectory(path)) {
        List<Path> files = InputBytes.importable(path);
        if (files.isEmpty()) {
          throw PaperkgException.usage(
              arg
                  + ": no importable files (known extensions: "
                  + String.join(", ", PaperReaders.extensions())
                  + ", optionally .gz)");
        }
        files.forEach(f -> out.add(new Input(f, forced != null ? forced : formatOf(f))));
      } else if (Files.isRegularFile(path)) {
        out.add(new Input(path, forced != null ? forced : formatOf(path)));
      } else {
        throw PaperkgException.badInput(arg, 0, "no such file");
      }
    }
    return out;
  }

  /**
   * The extension's format, refined by a sniff when the extension is generic (a .json file may be
   * OpenAlex, Crossref or S2); a file without a known extension is sniffed.
   */
  static Format formatOf(Path path) {
    return formatOf(path.getFileName().toString(), () -> InputBytes.sniff(path));
  }

  /**
   * {@link #formatOf(Path)} for a file found elsewhere (HDFS, S3 ...): {@code sniff} types its
   * first bytes.
   */
  public static Format formatOf(String fileName, java.util.function.Supplier<Format> sniff) {
    Format byName = PaperReaders.byFileName(fileName);
    if (byName == null) {
      return sniff.get();
    }
    if (byName == PaperReaders.HF_JSON
        || byName == PaperReaders.JSONL
        || byName == PaperReaders.ARXIV_ATOM) {
      Format sniffed = sniff.get();
      if (PaperReaders.SNIFFED_WITHIN_EXTENSION.contains(sniffed)) {
        return sniffed;
      }
    }
    return byName;
  }

  /** Reads one non-RDF input into the sink. */
  public static void read(Input input, ReaderSettings settings, Consumer<Paper> sink) {
    read(input, settings, sink, bytes -> {});
  }

  /**
   * As {@link #read(Input, ReaderSettings, Consumer)}, telling {@code bytesRead} how many bytes of
   * the input as stored (a gzipped file's compressed bytes) the reader consumes, as it goes: with
   * the input's size, how far an import is when the number of papers is not known ahead.
   */
  public static void read(
      Input input, ReaderSettings settings, Consumer<Paper> sink, LongConsumer bytesRead) {
    PaperReader reader = reader(input.format(), input.name(), settings);
    if (isEmpty(input)) {
      if (input.continuation()) {
        return;
      }
      throw PaperkgException.badInput(
          input.name(), 0, input.origin() != null ? "empty response" : "empty file");
    }
    BadRecords bad = settings.badRecords();
    bad.startInput();
    try (InputStream in = InputBytes.open(input.path(), bytesRead)) {
      reader.read(
          in,
          input.name(),
          paper -> {
            bad.paperRead();
            sink.accept(paper);
          });
      if (!input.continuation()) {
        bad.endInput(input.name(), "no papers found");
      }
    } catch (IOException e) {
      throw readFailure(input.name(), e);
    } catch (UncheckedIOException e) {
      throw readFailure(input.name(), e.getCause());
    }
  }

  /**
   * Reads the papers of one input that the caller opened (e.g. from HDFS or S3, in a Spark task):
   * gunzipped when it starts with the gzip magic, closed at the end. Unlike {@link #read(Input,
   * ReaderSettings, Consumer)} it leaves the per-input accounting ({@link BadRecords#startInput()}
   * ...) to the caller.
   */
  public static void read(
      InputStream raw, String name, Format format, ReaderSettings settings, Consumer<Paper> sink) {
    PaperReader reader = reader(format, name, settings);
    try (InputStream in = InputBytes.open(raw)) {
      reader.read(in, name, sink);
    } catch (IOException e) {
      throw readFailure(name, e);
    } catch (UncheckedIOException e) {
      throw readFailure(name, e.getCause());
    }
  }

  /**
   * The format {@code label} names (name or alias); an unknown one is a usage error listing the
   * known ones.
   */
  public static Format format(String label) {
    return PaperReaders.require(label);
  }

  /** The format a file name's extension stands for (after {@code .gz}), or null. */
  public static Format formatOfName(String fileName) {
    return PaperReaders.byFileName(fileName);
  }

  /**
   * The format sniffed from the first bytes of an input (gzipped or not), for names without a known
   * extension.
   */
  public static Format sniff(byte[] head, String name) {
    try {
      return InputBytes.sniffHead(head);
    } catch (IOException e) {
      throw PaperkgException.badInput(name, 0, "cannot read: " + e.getMessage());
    }
  }

  /** How many leading bytes {@link #sniff(byte[], String)} looks at. */
  public static int sniffBytes() {
    return FormatSniffer.HEAD_BYTES;
  }

  private static PaperReader reader(Format format, String name, ReaderSettings settings) {
    return PaperReaders.reader(format, settings)
        .orElseThrow(
            () ->
                PaperkgException.usage(
                    name + ": format " + format + " is loaded as RDF, not read as papers"));
  }

  private static PaperkgException readFailure(String name, IOException e) {
    if (e instanceof NoSuchFileException) {
      return PaperkgException.badInput(name, 0, "no such file");
    } else if (e instanceof ZipException) {
      return PaperkgException.badInput(name, 0, "broken gzip data: " + e.getMessage());
    }
    return PaperkgException.badInput(name, 0, "cannot read: " + e.getMessage());
  }

  private static boolean isEmpty(Input input) {
    try {
      return input.path() != null && Files.size(input.path()) == 0;
    } catch (IOException e) {
      return false;
    }
  }
}
