package paperkg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description =
        "Whether a server (`start`, or a foreground `serve`) holds the store; exit 0 if one does, 1 if not.")
final class StatusCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ServiceOptions store;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    BackgroundServe service = store.service();
    var process = service.process();
    var port = service.boltPort();
    if (port.isPresent()) {
      out.printf(
          "running for %s%s, Bolt bolt://127.0.0.1:%d%s%n",
          service.db(),
          service.holder(),
          port.getAsInt(),
          process.isPresent() ? "; log " + service.log() : "");
      return 0;
    }
    if (process.isPresent()) {
      out.printf(
          "starting for %s (pid %d), not listening yet; log %s%n",
          service.db(), process.get().pid(), service.log());
      return 0;
    }
    out.printf("not running for %s%n", service.db());
    return paperkg.ExitCodes.JOB_FAILED;
  }
}
