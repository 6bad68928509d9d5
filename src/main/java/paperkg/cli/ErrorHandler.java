package paperkg.cli;

import paperkg.ExitCodes;
import paperkg.PaperkgException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.ParseResult;

/**
 * Turns any failure into one line on stderr ({@code paperkg: <message>}) and the exit code it maps
 * to.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IExitCodeExceptionMapper {
  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    boolean verbose = verbose(parseResult);
    cmd.getErr().println("paperkg: " + message(ex, verbose));
    if (verbose) {
      ex.printStackTrace(cmd.getErr());
    }
    cmd.getErr().flush();
    return getExitCode(ex);
  }

  @Override
  public int getExitCode(Throwable ex) {
    if (ex instanceof PaperkgException p) {
      return p.exitCode();
    }
    if (ex instanceof CommandLine.ParameterException) {
      return ExitCodes.USAGE;
    }
    return ExitCodes.JOB_FAILED;
  }

  private static boolean verbose(ParseResult result) {
    for (ParseResult r = result; r != null; r = r.hasSubcommand() ? r.subcommand() : null) {
      if (r.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }

  private static String message(Exception ex, boolean verbose) {
    if (ex instanceof PaperkgException) {
      return ex.getMessage();
    }
    String msg = ex.getMessage();
    return ex.getClass().getSimpleName()
        + (msg == null ? "" : ": " + msg.lines().findFirst().orElse(""))
        + (verbose ? "" : " (run with --verbose for details)");
  }
}
