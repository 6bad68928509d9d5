package paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * What `--help` shows a new user, checked over every command so a new one is held to the same
 * rules.
 */
class HelpTest {
  private static CommandLine cli() {
    return Paperkg.commandLine(
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
  }

  @Test
  void theTopLevelListShowsWholeSentences() {
    // picocli lists each command with the first line of its description: it must not stop
    // mid-sentence
    cli()
        .getSubcommands()
        .forEach(
            (name, sub) -> {
              String[] description = sub.getCommandSpec().usageMessage().description();
              if (description.length > 0) {
                String first = description[0].strip();
                assertTrue(
                    first.endsWith(".") || first.endsWith(")"), name + ": \"" + first + "\"");
              }
            });
  }

  @Test
  void evalDescribesEverySubcommand() {
    CommandLine eval = cli().getSubcommands().get("eval");
    String description = String.join(" ", eval.getCommandSpec().usageMessage().description());
    eval.getSubcommands()
        .keySet()
        .forEach(
            name ->
                assertTrue(
                    description.contains(name),
                    "eval's description leaves out " + name + ": " + description));
  }

  @Test
  void everyQuietOptionHasItsShortForm() {
    cli()
        .getSubcommands()
        .forEach(
            (name, sub) -> {
              var quiet = sub.getCommandSpec().findOption("--quiet");
              if (quiet != null) {
                assertTrue(
                    java.util.List.of(quiet.names()).contains("-q"),
                    name + " has --quiet but no -q");
              }
            });
  }

  @Test
  void noOptionNamesADbTheCommandLacks() {
    // extract has no store: its help must not send the user to --db
    cli()
        .getSubcommands()
        .forEach(
            (name, sub) -> {
              var spec = sub.getCommandSpec();
              if (spec.findOption("--db") == null) {
                spec.options()
                    .forEach(
                        o ->
                            assertTrue(
                                !String.join(" ", o.description()).contains("--db"),
                                name + " " + o.longestName() + " mentions --db"));
              }
            });
  }
}
