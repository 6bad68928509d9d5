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
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import paperkg.PaperkgException;
import paperkg.rdf.Facts;
import paperkg.rdf.RdfFiles;
import paperkg.source.Paper;
import paperkg.source.PaperSources;
import paperkg.source.ReaderSettings;

/**
 * The resolved inputs of one command. Standard input is first copied to a temporary file, so it can
 * be hashed (the import run's id), counted (the progress bar's total) and then read like any file.
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

  /** A fast first pass (readers only, no NLP) to give the progress bar its total. */
  long countPapers(ReaderSettings settings) {
    AtomicLong n = new AtomicLong();
    readPapers(settings, p -> n.incrementAndGet());
    return n.get();
  }

  void readPapers(ReaderSettings settings, Consumer<Paper> sink) {
    for (PaperSources.Input input : inputs) {
      if (!input.isRdf()) {
        PaperSources.read(input, settings, sink);
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
