package paperkg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import paperkg.PaperkgException;
import paperkg.ReadAhead;
import paperkg.rdf.Facts;
import paperkg.rdf.RdfFiles;
import paperkg.source.Paper;
import paperkg.source.PaperSources;
import paperkg.source.ReaderSettings;

/**
 * The resolved inputs of one command. Standard input is first copied to a temporary file: the
 * import run's id is the inputs' hash, and every paper's triples name the run, so the hash is
 * needed before the first paper; the papers themselves are then read once, like any file's.
 */
final class Inputs {
  private final List<PaperSources.Input> inputs;
  private final String description;

  private Inputs(List<PaperSources.Input> inputs, String description) {
    this.inputs = inputs;
    this.description = description;
  }

  static Inputs resolve(List<String> args, String format) {
    return resolve(args, format, paperkg.source.http.HttpOptions.defaults());
  }

  static Inputs resolve(List<String> args, String format, paperkg.source.http.HttpOptions http) {
    List<String> files = new ArrayList<>();
    for (String arg : args) {
      files.add(arg.equals(PaperSources.STDIN) ? stdinCopy().toString() : arg);
    }
    String description =
        args.size() == 1
            ? (args.get(0).equals("-") ? "stdin" : args.get(0))
            : args.size() + " inputs";
    return new Inputs(PaperSources.resolve(files, format, http), description);
  }

  String description() {
    return description;
  }

  boolean hasPapers() {
    return inputs.stream().anyMatch(i -> !i.isRdf());
  }

  /** SHA-256 over the bytes of all inputs, in order. */
  String sha256() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (PaperSources.Input input : inputs) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(input.path()), digest)) {
          in.transferTo(java.io.OutputStream.nullOutputStream());
        }
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw PaperkgException.badInput(description, 0, "cannot read: " + e.getMessage());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The RDF inputs, each parsed whole (syntax errors report file:line). */
  List<Facts> rdfFacts() {
    return inputs.stream()
        .filter(PaperSources.Input::isRdf)
        .map(i -> RdfFiles.read(i.path()))
        .toList();
  }

  /**
   * Bytes of the inputs read as papers (not RDF), as stored; 0 when a size is unknown. With the
   * bytes read so far (see {@link #readPapers(ReaderSettings, Consumer, LongConsumer)}) it tells
   * how far a run is without counting the papers first.
   */
  long paperBytes() {
    long bytes = 0;
    for (PaperSources.Input input : inputs) {
      if (input.isRdf()) {
        continue;
      }
      if (input.path() == null) {
        return 0;
      }
      try {
        bytes += Files.size(input.path());
      } catch (IOException e) {
        return 0; // the reader names the failure; progress just has no total
      }
    }
    return bytes;
  }

  /** Papers a command reads ahead of its work (a few MB of records at most). */
  static final int READ_AHEAD = 1000;

  /**
   * The papers, read once on a thread of their own, up to {@value #READ_AHEAD} ahead of their
   * consumer, counted into {@code read}. Returns once that many are read or the input has ended, so
   * bad input in a small run (empty, junk, the wrong format, a bad record under --strict) fails
   * here at once, before a store opens or CoreNLP is waited for, as when the inputs were counted in
   * a pass of their own; in a larger run it fails where the bad record is, and what was committed
   * before it stays (the same import, fixed, resumes).
   */
  ReadAhead<Paper> readAhead(ReaderSettings settings, ReadCount read) {
    ReadAhead<Paper> ahead =
        ReadAhead.start(
            "paperkg-read",
            READ_AHEAD,
            sink -> readPapers(settings, read.counting(sink), read::bytesRead));
    ahead.awaitFullOrEnd();
    return ahead;
  }

  /** Reads every paper input once, in order, into {@code sink}. */
  void readPapers(ReaderSettings settings, Consumer<Paper> sink) {
    readPapers(settings, sink, bytes -> {});
  }

  /** As {@link #readPapers(ReaderSettings, Consumer)}, telling {@code bytesRead} as it goes. */
  void readPapers(ReaderSettings settings, Consumer<Paper> sink, LongConsumer bytesRead) {
    for (PaperSources.Input input : inputs) {
      if (!input.isRdf()) {
        PaperSources.read(input, settings, sink, bytesRead);
      }
    }
  }

  private static Path stdinCopy() {
    try {
      Path tmp = Files.createTempFile("paperkg-stdin", "");
      tmp.toFile().deleteOnExit();
      Files.copy(System.in, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return tmp;
    } catch (IOException e) {
      throw PaperkgException.badInput("-", 0, "cannot read standard input: " + e.getMessage());
    }
  }
}
