package paperkg.cli;

/** Wall-clock seconds since a System.nanoTime() reading. */
final class Timing {
  private Timing() {}

  static double since(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
