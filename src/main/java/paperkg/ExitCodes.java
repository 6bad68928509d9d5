package paperkg;

/** Process exit codes, as fixed by DESIGN.md. */
public final class ExitCodes {
  public static final int OK = 0;

  /** The job ran and failed, e.g. the graph does not validate. */
  public static final int JOB_FAILED = 1;

  /** Usage error or bad input. */
  public static final int USAGE = 2;

  /** The store or the connection to it is unusable. */
  public static final int STORE = 3;

  private ExitCodes() {}
}
