package paperkg.pipeline;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import paperkg.nlp.Annotator;
import paperkg.nlp.Extractor;
import paperkg.nlp.SharedPipeline;

/**
 * The CoreNLP pipeline and our extractor, loaded on a background thread from {@link
 * #loadInBackground()} on: the model load (~10 s, mostly one thread reading and deserialising) then
 * overlaps the store's start, the schema, the query warm-up and the reading ahead of the input
 * instead of following them.
 */
public final class Models {
  /** The loaded pair; {@code seconds} is the load's own wall time on its thread. */
  public record Loaded(Annotator annotator, Extractor extractor, double seconds) {}

  private final CompletableFuture<Loaded> loading;

  private Models(CompletableFuture<Loaded> loading) {
    this.loading = loading;
  }

  public static Models loadInBackground() {
    return loadInBackground(SharedPipeline::extractor);
  }

  /**
   * With the extractor {@code extractor} gives (e.g. one whose topics come from a user's SKOS
   * scheme).
   */
  public static Models loadInBackground(java.util.function.Supplier<Extractor> extractor) {
    CompletableFuture<Loaded> future = new CompletableFuture<>();
    Thread thread =
        new Thread(
            () -> {
              long t0 = System.nanoTime();
              try {
                Annotator annotator = SharedPipeline.annotator();
                future.complete(new Loaded(annotator, extractor.get(), ImportJob.seconds(t0)));
              } catch (Throwable t) {
                future.completeExceptionally(t);
              }
            },
            "paperkg-model-load");
    thread.setDaemon(true);
    thread.start();
    return new Models(future);
  }

  /**
   * The load's seconds if it has finished (it may never be needed: nothing to annotate), else NaN.
   */
  public double secondsIfLoaded() {
    return loading.isDone() && !loading.isCompletedExceptionally()
        ? loading.join().seconds()
        : Double.NaN;
  }

  /** Waits for the load; a failure is rethrown as it was thrown on the loading thread. */
  public Loaded get() {
    try {
      return loading.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      } else if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }
}
