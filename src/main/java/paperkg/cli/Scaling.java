package paperkg.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import paperkg.PaperkgException;

/**
 * {@code bench --scaling}: one child JVM per size, so each peak RSS is that size's alone (a JVM's heap never
 * shrinks back), each running the import-only bench and reporting its JSON.
 */
final class Scaling {
  private Scaling() {}

  /**
   * Runs each size not yet in {@code data} (JSON lines of earlier runs, the chart's data file), appending each
   * result there as it finishes, so an interrupted series resumes and a long size can be added later.
   *
   * @param done called after each size with the results so far (the chart is redrawn as sizes finish)
   */
  static List<Bench.Result> run(List<String> files, List<Integer> sizes, int threads, List<String> extraArgs,
      Path data, Consumer<List<Bench.Result>> done) {
    Map<Integer, Bench.Result> known = read(data);
    List<Bench.Result> results = new ArrayList<>();
    for (int size : sizes) {
      Bench.Result r = known.get(size);
      if (r == null) {
        r = child(files, size, threads, extraArgs);
        append(data, size, r);
      }
      results.add(r);
      done.accept(List.copyOf(results));
    }
    return results;
  }

  /** Earlier results by --limit; a run on fewer papers than asked (a short input) is keyed by its limit too. */
  private static Map<Integer, Bench.Result> read(Path data) {
    Map<Integer, Bench.Result> known = new HashMap<>();
    if (!Files.isRegularFile(data)) {
      return known;
    }
    try {
      for (String line : Files.readAllLines(data, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          JsonNode j = ResultTable.JSON.readTree(line);
          known.put(j.has("limit") ? j.get("limit").asInt() : j.get("papers").asInt(), Bench.Result.fromJson(j));
        }
      }
      return known;
    } catch (IOException e) {
      throw PaperkgException.badInput(data, 0, "not bench JSON lines: " + e.getMessage());
    }
  }

  private static void append(Path data, int limit, Bench.Result r) {
    Map<String, Object> line = new java.util.LinkedHashMap<>();
    line.put("limit", limit);
    line.putAll(r.toJson());
    try {
      Files.createDirectories(data.toAbsolutePath().getParent());
      Files.writeString(data, ResultTable.json(line) + "\n", StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw PaperkgException.usage("cannot write " + data + ": " + e.getMessage());
    }
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
