package paperkg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import paperkg.source.BadRecords;
import paperkg.source.ReaderSettings;
import paperkg.source.http.HttpOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The inputs of import/extract/bench: files, directories or '-' (stdin), with an optional forced
 * format.
 */
final class InputOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Parameters(
      paramLabel = "FILE",
      arity = "1..*",
      description =
          "Listings to read: files, directories (walked), - for stdin, or http(s):// URLs (fetched, paging followed).")
  List<String> files = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "Force the input format: hf-text, hf-json, hf-html, arxiv-atom, arxiv-oai, arxiv-snapshot,"
              + " openalex, crossref, s2, jsonl, rdf (default: by extension, then by content).")
  String format;

  @Option(
      names = "--year",
      paramLabel = "YYYY",
      description = "Year of year-less dates in hf-text listings (default: the current year).")
  Integer year;

  @Option(
      names = "--strict",
      description =
          "Stop at the first bad record (default: warn with file:line, skip it, count it in the summary).")
  boolean strict;

  @Option(
      names = "--max-pages",
      paramLabel = "N",
      defaultValue = "" + HttpOptions.DEFAULT_MAX_PAGES,
      description =
          "Pages followed per URL (OpenAlex/Crossref cursor, arXiv start, OAI-PMH resumptionToken,"
              + " S2 offset; default: ${DEFAULT-VALUE}).")
  int maxPages;

  @Option(names = "--refresh", description = "Fetch URLs again even when the http-cache has them.")
  boolean refresh;

  @Option(
      names = "--http-cache",
      paramLabel = "DIR",
      description =
          "Where fetched URL bodies are kept (default: http-cache in the embedded store's"
              + " directory; without one (extract, --uri) ~/.cache/paperkg/http).")
  Path httpCache;

  @Option(
      names = "--contact",
      paramLabel = "EMAIL",
      description =
          "Contact for the User-Agent and OpenAlex/Crossref mailto (default: env PAPERKG_CONTACT).")
  String contact;

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
    return resolve(null);
  }

  /**
   * The inputs. Fetched URL bodies are cached in {@code --http-cache}, else under {@code
   * storeDir/http-cache} (the embedded store), else in the user's cache folder ({@code
   * $XDG_CACHE_HOME/paperkg/http}, default {@code ~/.cache/paperkg/http}: a remote store or no
   * store at all).
   */
  Inputs resolve(Path storeDir) {
    HttpOptions http = HttpOptions.defaults().withMaxPages(Math.max(1, maxPages));
    if (contact != null) {
      http = http.withContact(contact);
    }
    Path cache =
        httpCache != null
            ? httpCache
            : storeDir != null ? storeDir.resolve("http-cache") : userCache();
    return Inputs.resolve(files, format, http.withCache(cache, refresh));
  }

  private static Path userCache() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("paperkg").resolve("http");
  }
}
