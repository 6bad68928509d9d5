package paperkg.cli;

import java.util.ArrayList;
import java.util.List;
import paperkg.source.ReaderSettings;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs of import/extract/bench: files, directories or '-' (stdin), with an optional forced format. */
final class InputOptions {
  @Parameters(paramLabel = "FILE", arity = "1..*",
      description = "Listings to read: files, directories (walked) or - for stdin.")
  List<String> files = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "Force the input format: hf-text, hf-json, hf-html, arxiv-atom, jsonl, rdf (default: by extension, then by content).")
  String format;

  @Option(names = "--year", paramLabel = "YYYY",
      description = "Year of year-less dates in hf-text listings (default: the current year).")
  Integer year;

  ReaderSettings settings() {
    return year == null ? ReaderSettings.defaults() : new ReaderSettings(year);
  }

  Inputs resolve() {
    return Inputs.resolve(files, format);
  }
}
