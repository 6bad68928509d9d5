package paperkg.cli;

/**
 * Whether stderr is a terminal. Java cannot ask for stderr alone (System.console() needs stdin and
 * stdout to be terminals too, so `paperkg import x > out.txt` would lose its bar), so the launcher
 * tests {@code [ -t 2 ]} and passes {@code -Dpaperkg.stderr.tty=true|false}; without it (java
 * -jar), System.console() decides.
 */
final class Terminal {
  static final String PROPERTY = "paperkg.stderr.tty";

  private Terminal() {}

  static boolean stderrIsTerminal() {
    String told = System.getProperty(PROPERTY);
    return told != null ? Boolean.parseBoolean(told) : System.console() != null;
  }
}
