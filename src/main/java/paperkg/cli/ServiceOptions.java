package paperkg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The store whose background service {@code start}, {@code status} and {@code stop} manage. */
final class ServiceOptions {
  @Option(
      names = "--db",
      paramLabel = "DIR",
      defaultValue = StoreOptions.DEFAULT_DB,
      description = "Embedded store directory (default: ${DEFAULT-VALUE}).")
  Path db;

  BackgroundServe service() {
    return new BackgroundServe(db);
  }
}
