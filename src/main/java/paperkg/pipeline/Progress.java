package paperkg.pipeline;

/** Progress callback of a pipeline: one paper done with this many tokens. */
public interface Progress {
  void advance(long tokens);

  Progress NONE = tokens -> {};
}
