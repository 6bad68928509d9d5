package paperkg.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import paperkg.PaperkgException;

/**
 * {@code bench --scaling}: one child JVM per size, so each peak RSS is that size's alone (a JVM's
 * heap never shrinks back), each running the import-only bench and reporting its JSON.
 */
public final class Scaling {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Scaling() {}

  /**
   * Runs each size not yet in {@code data} (JSON lines of earlier runs, the chart's data file),
   * appending each result there as it finishes, so an interrupted series resumes and a long size
   * can be added later.
   *
   * @param command the child's command line up to its subcommand's arguments (java, classpath, main
   *     class, {@code bench}); the sizes and import-only switches are added here
   * @param data JSON lines of earlier runs; null keeps nothing
   * @param done called after each size with the results so far (the chart is redrawn as sizes
   *     finish)
   */
  public static List<BenchResult> run(
      List<String> command,
      List<Integer> sizes,
      int threads,
      Path data,
      Consumer<List<BenchResult>> done) {
    Map<Integer, BenchResult> known = read(data);
    List<BenchResult> results = new ArrayList<>();
    for (int size : sizes) {
      BenchResult r = known.get(size);
      if (r == null) {
        r = child(command, size, threads);
        if (data != null) {
          append(data, size, r);
        }
      }
      results.add(r);
      done.accept(List.copyOf(results));
    }
    return results;
  }

  /**
   * Earlier results by --limit; a run on fewer papers than asked (a short input) is keyed by its
   * limit too.
   */
  private static Map<Integer, BenchResult> read(Path data) {
    Map<Integer, BenchResult> known = new HashMap<>();
    if (data == null || !Files.isRegularFile(data)) {
      return known;
    }
    try {
      for (String line : Files.readAllLines(data, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          JsonNode j = JSON.readTree(line);
          known.put(
              j.has("limit") ? j.get("limit").asInt() : j.get("papers").asInt(),
              BenchResult.fromJson(j));
        }
      }
      return known;
    } catch (IOException e) {
      throw PaperkgException.badInput(data, 0, "not bench JSON lines: " + e.getMessage());
    }
  }

  private static void append(Path data, int limit, BenchResult r) {
    Map<String, Object> line = new java.util.LinkedHashMap<>();
    line.put("limit", limit);
    line.putAll(r.toJson());
    try {
      Files.createDirectories(data.toAbsolutePath().getParent());
      Files.writeString(
          data,
          JSON.writeValueAsString(line) + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw PaperkgException.usage("cannot write " + data + ": " + e.getMessage());
    }
  }

  private static BenchResult child(List<String> command, int size, int threads) {
    List<String> cmd = new ArrayList<>(command);
    cmd.addAll(
        List.of(
            "--limit",
            "" + size,
            "--threads",
            "" + threads,
            "--no-bare",
            "--no-load",
            "--format",
            "json"));
    try {
      Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      String out;
      try (InputStream in = p.getInputStream()) {
        out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      if (p.waitFor() != 0) {
        throw PaperkgException.jobFailed(
            "bench of " + size + " papers failed (exit " + p.exitValue() + ")");
      }
      return BenchResult.fromJson(JSON.readTree(out));
    } catch (IOException e) {
      throw PaperkgException.jobFailed("bench of " + size + " papers failed: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw PaperkgException.jobFailed("interrupted");
    }
  }
}
