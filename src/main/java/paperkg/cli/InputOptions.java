package paperkg.cli;

import java.util.ArrayList;
import java.util.List;
import paperkg.source.BadRecords;
import paperkg.source.ReaderSettings;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The inputs of import/extract/bench: files, directories or '-' (stdin), with an optional forced format. */
final class InputOptions {
  @Spec(Spec.Target.MIXEE) CommandSpec mixee;

  @Parameters(paramLabel = "FILE", arity = "1..*",
      description = "Listings to read: files, directories (walked) or - for stdin.")
  List<String> files = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "Force the input format: hf-text, hf-json, hf-html, arxiv-atom, jsonl, rdf (default: by extension, then by content).")
  String format;

  @Option(names = "--year", paramLabel = "YYYY",
      description = "Year of year-less dates in hf-text listings (default: the current year).")
  Integer year;

  @Option(names = "--strict",
      description = "Stop at the first bad record (default: warn with file:line, skip it, count it in the summary).")
  boolean strict;

  /** One collector per command run: every pass over the inputs reports to it. */
  private BadRecords badRecords;

  ReaderSettings settings() {
    ReaderSettings base = year == null ? ReaderSettings.defaults() : new ReaderSettings(year);
    return base.withBadRecords(badRecords());
  }

  /** The records skipped so far (always none with --strict). */
  BadRecords badRecords() {
    if (badRecords == null) {
      badRecords = strict ? BadRecords.strict() : BadRecords.lenient(mixee.commandLine().getErr());
    }
    return badRecords;
  }

  Inputs resolve() {
    return Inputs.resolve(files, format);
  }
}
