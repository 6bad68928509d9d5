package paperkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import paperkg.PaperkgException;
import paperkg.neo4j.GraphStore;
import paperkg.neo4j.ServePort;
import paperkg.serve.PaperkgServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the embedded store: Bolt, the Neo4j Browser (with the query library as a guide) and a "
          + "read-only SPARQL endpoint, on 127.0.0.1 unless --bind says otherwise. Ctrl-C stops it.",
      "While it runs, <db>/" + ServePort.FILE_NAME + " holds the Bolt port."
    })
final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--db",
      paramLabel = "DIR",
      defaultValue = "paperkg-data",
      description = "Embedded store directory (default: ${DEFAULT-VALUE}).")
  Path db;

  @Mixin ServePorts ports;

  @Option(
      names = "--bind",
      paramLabel = "ADDR",
      defaultValue = "127.0.0.1",
      description =
          "Address to listen on (default: ${DEFAULT-VALUE}). Any other than loopback needs NEO4J_PASSWORD "
              + "and turns Neo4j authentication on (user neo4j).")
  String bind;

  @Option(
      names = "--sparql-timeout",
      paramLabel = "SECONDS",
      defaultValue = "30",
      description =
          "Abort SPARQL queries after this many seconds (default: ${DEFAULT-VALUE}; 0 = no limit).")
  long sparqlTimeout;

  private final CountDownLatch stop = new CountDownLatch(1);
  private final AtomicBoolean stopped = new AtomicBoolean();

  @Override
  public Integer call() throws InterruptedException {
    StoreDirectory.checkUsable(db);
    String password = System.getenv("NEO4J_PASSWORD");
    if (!PaperkgServer.isLoopback(bind) && password == null) {
      throw PaperkgException.usage(
          "--bind "
              + bind
              + " reaches beyond this machine: set NEO4J_PASSWORD to turn on Neo4j authentication");
    }
    if (password != null && password.length() < 8) {
      throw PaperkgException.usage(
          "NEO4J_PASSWORD must have at least 8 characters (Neo4j's minimum)");
    }
    var config = new PaperkgServer.Config(bind, ports.http, ports.sparql, sparqlTimeout, password);
    PaperkgServer server =
        PaperkgServer.start(
            config,
            (postConnect, guideHosts) ->
                GraphStore.serve(db, bind, ports.bolt, password, postConnect, guideHosts),
            true);
    Path portFile = ServePort.file(db);
    Thread hook = new Thread(() -> shutdown(server, portFile), "paperkg-serve-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    ServePort.write(db, server.store().boltPort());
    print(server.urls(), password != null);
    stop.await();
    Runtime.getRuntime().removeShutdownHook(hook);
    shutdown(server, portFile);
    return 0;
  }

  /** Stops a running serve (tests; Ctrl-C and SIGTERM go through the shutdown hook). */
  void stop() {
    stop.countDown();
  }

  private void print(PaperkgServer.Urls urls, boolean auth) {
    PrintWriter out = spec.commandLine().getOut();
    out.printf("Neo4j Browser    %s%n", urls.browser());
    out.printf(
        "Bolt             %s%s%n",
        urls.bolt(), auth ? "  (user neo4j, password from NEO4J_PASSWORD)" : "");
    out.printf(
        "SPARQL endpoint  %s%s%n",
        urls.sparql(), auth ? "  (HTTP basic, the same user and password)" : "");
    out.printf("query library    :play %s%n", urls.guide());
    out.println("serving the store " + db.toAbsolutePath().normalize() + "; Ctrl-C stops");
    out.flush();
  }

  /**
   * Once, from the shutdown hook (Ctrl-C, SIGTERM) or after {@link #stop()}: then one line says so.
   */
  private void shutdown(PaperkgServer server, Path portFile) {
    if (!stopped.compareAndSet(false, true)) {
      return;
    }
    try {
      Files.deleteIfExists(portFile);
    } catch (IOException ignored) {
      // the file names a port nobody listens on any more; readers check the connection anyway
    }
    server.close();
    PrintWriter out = spec.commandLine().getOut();
    out.println("stopped serving the store " + db.toAbsolutePath().normalize());
    out.flush();
  }
}
