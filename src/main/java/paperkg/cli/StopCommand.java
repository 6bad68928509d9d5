package paperkg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import paperkg.PaperkgException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "stop",
    mixinStandardHelpOptions = true,
    description =
        "Stop the background service `start` began: SIGTERM, then it closes the store cleanly;"
            + " exit 0 also if none runs, 1 if a foreground `serve` holds the store.")
final class StopCommand implements Callable<Integer> {
  /** A clean shutdown checkpoints the store: seconds, more on a loaded machine. */
  private static final int TIMEOUT_SECONDS = 120;

  @Spec CommandSpec spec;

  @Mixin ServiceOptions store;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    BackgroundServe service = store.service();
    var process = service.process();
    if (process.isEmpty()) {
      service.forgetPid();
      var port = service.boltPort();
      if (port.isPresent()) {
        // `status` says it runs: "not running" with exit 0 would leave it running unnoticed.
        throw PaperkgException.jobFailed(
            "a foreground `paperkg serve` holds "
                + service.db()
                + " (Bolt port "
                + port.getAsInt()
                + "), not a service `start` began: Ctrl-C (or SIGTERM) where it runs stops it");
      }
      out.printf("not running for %s%n", service.db());
      return 0;
    }
    long t0 = System.nanoTime();
    if (!service.stop(process.get(), TIMEOUT_SECONDS)) {
      throw PaperkgException.unavailable(
          "the server for "
              + service.db()
              + " (pid "
              + process.get().pid()
              + ") did not stop within "
              + TIMEOUT_SECONDS
              + " s",
          null);
    }
    out.printf(
        "stopped paperkg serve for %s (pid %d) in %.1f s%n",
        service.db(), process.get().pid(), Timing.since(t0));
    return 0;
  }
}
