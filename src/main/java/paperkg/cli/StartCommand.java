package paperkg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "start",
    mixinStandardHelpOptions = true,
    description = {
      "Run the store as a background service (a detached `serve`), so short commands are quick.",
      "Bolt, the Neo4j Browser and SPARQL as with `serve`; pid, log and port in <db>/paperkg-serve.{pid,log,port}.",
      "While it runs every command on that --db talks to it over Bolt, without starting the store itself.",
      "`status` tells, `stop` shuts it down."
    })
final class StartCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ServiceOptions store;

  @Mixin ServePorts ports;

  @Option(
      names = "--heap",
      paramLabel = "SIZE",
      defaultValue = "2g",
      description =
          "The service's Java heap, e.g. 2g (default: ${DEFAULT-VALUE}; Neo4j's page cache is extra).")
  String heap;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    BackgroundServe service = store.service();
    var running = service.process();
    var port = service.boltPort();
    if (running.isPresent() || port.isPresent()) {
      out.printf(
          "already running for %s%s%s%n",
          service.db(),
          service.holder(),
          port.isPresent() ? ", Bolt bolt://127.0.0.1:" + port.getAsInt() : "");
      return paperkg.ExitCodes.JOB_FAILED;
    }
    long t0 = System.nanoTime();
    ProcessHandle process = service.start(ports.arguments(), heap);
    out.printf(
        "started paperkg serve for %s (pid %d) in %.1f s; log %s%n",
        service.db(), process.pid(), Timing.since(t0), service.log());
    service.printed().stream()
        .filter(l -> !l.startsWith("serving the store"))
        .forEach(out::println);
    return 0;
  }
}
