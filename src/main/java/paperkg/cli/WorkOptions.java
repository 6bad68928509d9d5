package paperkg.cli;

import picocli.CommandLine.Option;

/** How to run the annotation: threads, and whether to show progress. */
final class WorkOptions {
  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Annotation threads (default: the number of cores).")
  Integer threads;

  int threads() {
    return threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
  }

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress bar on stderr.")
  boolean quiet;

  boolean showProgress() {
    return !quiet;
  }
}
