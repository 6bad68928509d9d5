package paperkg.source;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import paperkg.PaperkgException;

/**
 * The entry point of the source layer: turns command-line inputs (files, directories, {@code -} for
 * stdin) into typed {@link Input}s and reads them into {@link Paper}s. RDF inputs are typed but not
 * read here; the caller routes them to the RDF loader ({@link Input#isRdf()}). I/O failures become
 * {@link PaperkgException}s here, at the layer's edge.
 */
public final class PaperSources {
  /** The command-line name for standard input. */
  public static final String STDIN = "-";

  private static final byte[] GZIP_MAGIC = {(byte) 0x1f, (byte) 0x8b};

  /** Stdin is one stream per process; one buffered wrapper lets the sniff peek and reset. */
  private static InputStream stdinSource;
  private static BufferedInputStream stdinBuffer;

  private PaperSources() {}

  /**
   * One input and how to read it.
   *
   * @param path the file, or null for stdin
   */
  public record Input(Path path, Format format) {
    public Input {
      Objects.requireNonNull(format, "format");
    }

    public boolean isStdin() {
      return path == null;
    }

    /** The name used in messages and provenance: the path as given, or {@code -}. */
    public String name() {
      return path == null ? STDIN : path.toString();
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
   * Types each input: {@code forcedFormat} (name or alias) if given, else the file extension
   * (after {@code .gz}), else a sniff of the first bytes. Directories expand to their files with a
   * known extension, recursively and sorted, skipping hidden ones.
   */
  public static List<Input> resolve(List<String> inputs, String forcedFormat) {
    Format forced = forcedFormat == null ? null : PaperReaders.require(forcedFormat);
    List<Input> out = new ArrayList<>();
    for (String arg : inputs) {
      if (arg.equals(STDIN)) {
        out.add(new Input(null, forced != null ? forced : sniff(null)));
        continue;
      }
      Path path = Path.of(arg);
      if (Files.isDirectory(path)) {
        List<Path> files = InputFiles.importable(path);
        if (files.isEmpty()) {
          throw PaperkgException.usage(arg + ": no importable files (known extensions: "
              + String.join(", ", PaperReaders.extensions()) + ", optionally .gz)");
        }
        files.forEach(f -> out.add(new Input(f, forced != null ? forced : PaperReaders.byFileName(f.toString()))));
      } else if (Files.isRegularFile(path)) {
        Format byName = PaperReaders.byFileName(path.getFileName().toString());
        out.add(new Input(path, forced != null ? forced : byName != null ? byName : sniff(path)));
      } else {
        throw PaperkgException.badInput(arg, 0, "no such file");
      }
    }
    return out;
  }

  /** Reads one non-RDF input into the sink. */
  public static void read(Input input, ReaderSettings settings, Consumer<Paper> sink) {
    PaperReader reader =
        PaperReaders.reader(input.format(), settings)
            .orElseThrow(() -> PaperkgException.usage(input.name() + ": format " + input.format()
                + " is loaded as RDF, not read as papers"));
    try (InputStream in = open(input)) {
      reader.read(in, input.name(), sink);
    } catch (NoSuchFileException e) {
      throw PaperkgException.badInput(input.name(), 0, "no such file");
    } catch (ZipException e) {
      throw PaperkgException.badInput(input.name(), 0, "broken gzip data: " + e.getMessage());
    } catch (IOException e) {
      throw PaperkgException.badInput(input.name(), 0, "cannot read: " + e.getMessage());
    } catch (UncheckedIOException e) {
      throw PaperkgException.badInput(input.name(), 0, "cannot read: " + e.getCause().getMessage());
    }
  }

  /** The input's bytes, gunzipped when they start with the gzip magic (whatever the name). */
  private static InputStream open(Input input) throws IOException {
    InputStream raw = input.isStdin() ? stdin() : Files.newInputStream(input.path());
    BufferedInputStream in = raw instanceof BufferedInputStream b ? b : new BufferedInputStream(raw);
    return isGzip(peek(in, 2)) ? new BufferedInputStream(new GZIPInputStream(in)) : in;
  }

  /** Sniffs a file or (path null) stdin without consuming stdin. */
  private static Format sniff(Path path) {
    String name = path == null ? STDIN : path.toString();
    try {
      byte[] head;
      if (path == null) {
        head = peek(stdin(), FormatSniffer.HEAD_BYTES);
      } else {
        try (InputStream in = Files.newInputStream(path)) {
          head = in.readNBytes(FormatSniffer.HEAD_BYTES);
        }
      }
      return FormatSniffer.sniff(isGzip(head) ? gunzipHead(head) : head);
    } catch (IOException e) {
      throw PaperkgException.badInput(name, 0, "cannot read: " + e.getMessage());
    }
  }

  private static synchronized BufferedInputStream stdin() {
    if (stdinSource != System.in) { // tests swap System.in; a new stream needs a new buffer
      stdinSource = System.in;
      stdinBuffer = new BufferedInputStream(System.in, FormatSniffer.HEAD_BYTES);
    }
    return stdinBuffer;
  }

  private static byte[] peek(BufferedInputStream in, int n) throws IOException {
    in.mark(n);
    byte[] head = in.readNBytes(n);
    in.reset();
    return head;
  }

  private static boolean isGzip(byte[] head) {
    return head.length >= 2 && head[0] == GZIP_MAGIC[0] && head[1] == GZIP_MAGIC[1];
  }

  /** As much of the decompressed start as a cut-off gzip head yields. */
  private static byte[] gunzipHead(byte[] head) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head))) {
      byte[] buf = new byte[8192];
      for (int n = in.read(buf); n > 0 && out.size() < FormatSniffer.HEAD_BYTES; n = in.read(buf)) {
        out.write(buf, 0, n);
      }
    } catch (java.io.EOFException e) {
      // The head ends mid-stream; what came out so far is enough to sniff.
    }
    return out.toByteArray();
  }

  /** Expanding a directory argument into the files to import. */
  private static final class InputFiles {
    static List<Path> importable(Path dir) {
      try (Stream<Path> walk = Files.walk(dir)) {
        return walk.filter(p -> Files.isRegularFile(p) && !isHidden(dir, p))
            .filter(p -> PaperReaders.byFileName(p.getFileName().toString()) != null)
            .sorted()
            .toList();
      } catch (IOException | UncheckedIOException e) {
        throw PaperkgException.badInput(dir.toString(), 0, "cannot list directory: " + e.getMessage());
      }
    }

    /** Hidden if the file or any folder between it and the argument starts with a dot. */
    private static boolean isHidden(Path root, Path p) {
      for (Path part : root.relativize(p)) {
        if (part.toString().startsWith(".")) {
          return true;
        }
      }
      return false;
    }
  }
}
