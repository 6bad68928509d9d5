package paperkg.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point. The only place that calls System.exit; everything else returns an exit code. */
public final class Paperkg {
  private Paperkg() {}

  public static void main(String... args) {
    var out =
        new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    var err =
        new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs one command line in-process (tests call this) and returns its exit code. */
  static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cmd = commandLine(out, err);
    return cmd.execute(args);
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cmd = new CommandLine(new PaperkgCommand());
    cmd.setOut(out);
    cmd.setErr(err);
    ErrorHandler handler = new ErrorHandler();
    cmd.setExecutionExceptionHandler(handler);
    cmd.setExitCodeExceptionMapper(handler);
    cmd.setParameterExceptionHandler(Paperkg::usageError);
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setExpandAtFiles(false); // @FILE is ours: query and sparql read the query text from it
    return cmd;
  }

  /**
   * A usage error (unknown option or command, missing argument, bad value) is one line like every
   * other error, plus picocli's "Did you mean" lines, and names the help to read instead of
   * printing all of it (a 40-line usage pushes the message off the screen). Exit 2.
   */
  private static int usageError(CommandLine.ParameterException ex, String[] args) {
    CommandLine where = ex.getCommandLine();
    PrintWriter err = where.getErr();
    err.println("paperkg: " + ex.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
    err.println(
        "(`"
            + where.getCommandSpec().qualifiedName()
            + " --help` lists the "
            + (where.getSubcommands().isEmpty() ? "options" : "commands")
            + ")");
    err.flush();
    return where.getCommandSpec().exitCodeOnInvalidInput();
  }
}
