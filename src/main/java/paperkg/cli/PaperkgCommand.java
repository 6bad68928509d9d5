package paperkg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The top-level command only routes to subcommands and holds the options every command shares. */
@Command(
    name = "paperkg",
    mixinStandardHelpOptions = true,
    versionProvider = PaperkgCommand.Version.class,
    description =
        "Research-paper listings → a knowledge graph of papers, topics, methods and organisations.",
    // `spark` is the launcher's: it runs the Spark job (spark/), not this CLI
    footer = {
      "",
      "  spark     The same extraction on Apache Spark (the launcher runs spark/):"
          + " ./paperkg spark --help."
    },
    subcommands = {
      ImportCommand.class,
      ExtractCommand.class,
      QueryCommand.class,
      StatsCommand.class,
      ValidateCommand.class,
      ExportCommand.class,
      EvalCommand.class,
      SparqlCommand.class,
      ServeCommand.class,
      StartCommand.class,
      StatusCommand.class,
      StopCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class PaperkgCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  /** Read by {@link ErrorHandler} from the parse result, so no state outlives one command line. */
  @Option(
      names = {"-v", "--verbose"},
      scope = CommandLine.ScopeType.INHERIT,
      description = "Show stack traces on errors.")
  boolean verbose;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return paperkg.ExitCodes.USAGE;
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = PaperkgCommand.class.getPackage().getImplementationVersion();
      return new String[] {
        "paperkg " + (v == null ? "(development build)" : v),
        "Java " + System.getProperty("java.version") + ", Neo4j 5.26, CoreNLP 4.5, Jena 5"
      };
    }
  }
}
