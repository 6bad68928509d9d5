package paperkg.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import paperkg.PaperkgException;

/**
 * {@code bench --scaling}: one child JVM per size, so each peak RSS is that size's alone (a JVM's heap never
 * shrinks back), each running the import-only bench and reporting its JSON.
 */
final class Scaling {
  private Scaling() {}

  /** @param done called after each size with the results so far (the chart is redrawn as sizes finish) */
  static List<Bench.Result> run(List<String> files, List<Integer> sizes, int threads, List<String> extraArgs,
      Consumer<List<Bench.Result>> done) {
    List<Bench.Result> results = new ArrayList<>();
    for (int size : sizes) {
      results.add(child(files, size, threads, extraArgs));
      done.accept(List.copyOf(results));
    }
    return results;
  }

  private static Bench.Result child(List<String> files, int size, int threads, List<String> extraArgs) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + "m");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(Paperkg.class.getName());
    cmd.add("bench");
    cmd.addAll(files);
    cmd.addAll(List.of("--limit", "" + size, "--threads", "" + threads, "--no-bare", "--format", "json"));
    cmd.addAll(extraArgs);
    try {
      Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      String out;
      try (InputStream in = p.getInputStream()) {
        out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      if (p.waitFor() != 0) {
        throw PaperkgException.jobFailed("bench of " + size + " papers failed (exit " + p.exitValue() + ")");
      }
      return Bench.Result.fromJson(ResultTable.JSON.readTree(out));
    } catch (IOException e) {
      throw PaperkgException.jobFailed("bench of " + size + " papers failed: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw PaperkgException.jobFailed("interrupted");
    }
  }

  static double number(JsonNode json, String field) {
    JsonNode v = json.get(field);
    return v == null || v.isNull() ? Double.NaN : v.asDouble();
  }
}
