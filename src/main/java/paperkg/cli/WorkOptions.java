package paperkg.cli;

import picocli.CommandLine.Option;

/** How hard to work: threads for annotation. */
final class WorkOptions {
  @Option(names = "--threads", paramLabel = "N",
      description = "Annotation threads (default: the number of cores).")
  Integer threads;

  int threads() {
    return threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
  }

  boolean showProgress() {
    return !PaperkgCommand.quiet;
  }
}
