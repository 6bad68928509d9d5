package paperkg.serve;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A Neo4j Browser guide (the HTML that {@code :play URL} shows) listing our query library,
 * cypher/queries/*.cypher as shipped in the jar: one slide per query with its comment, a runnable
 * {@code :param} line for its parameters and the query itself (click to put it in the editor).
 */
final class QueryGuide {
  private static final String QUERIES = "paperkg/cypher/queries";

  private QueryGuide() {}

  /**
   * One query of the library: file name, the comment lines, the example parameters and the Cypher.
   */
  record Query(String name, String comment, String params, String cypher) {}

  static String html() {
    StringBuilder b = new StringBuilder();
    b.append("<article class=\"guide\">\n<carousel class=\"deck container-fluid\">\n");
    b.append("<slide class=\"row-fluid\"><div class=\"col-sm-12\"><h3>paperkg query library</h3>")
        .append(
            "<p>The queries of <code>cypher/queries/</code>, one per slide. Click a block to put it in the editor, ")
        .append(
            "then run it. Blocks starting with <code>:params</code> set the query's parameters first.</p><ul>");
    List<Query> queries = queries();
    queries.forEach(
        q ->
            b.append("<li>")
                .append(escape(q.name()))
                .append(": ")
                .append(escape(q.comment()))
                .append("</li>"));
    b.append("</ul></div></slide>\n");
    for (Query q : queries) {
      b.append("<slide class=\"row-fluid\"><div class=\"col-sm-12\"><h3>")
          .append(escape(q.name()))
          .append("</h3><p>")
          .append(escape(q.comment()))
          .append("</p>");
      if (!q.params().isEmpty()) {
        b.append("<pre class=\"runnable\">").append(escape(q.params())).append("</pre>");
      }
      b.append("<pre class=\"runnable\">")
          .append(escape(q.cypher()))
          .append("</pre></div></slide>\n");
    }
    return b.append("</carousel>\n</article>\n").toString();
  }

  static List<Query> queries() {
    try {
      URI dir = QueryGuide.class.getClassLoader().getResource(QUERIES).toURI();
      if (dir.getScheme().equals("jar")) {
        try (FileSystem jar = FileSystems.newFileSystem(dir, Map.of())) {
          return read(jar.provider().getPath(dir));
        }
      }
      return read(Path.of(dir));
    } catch (IOException | URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("the query library is missing from the jar", e);
    }
  }

  private static List<Query> read(Path dir) throws IOException {
    List<Query> queries = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".cypher")).sorted().toList()) {
        queries.add(
            parse(
                f.getFileName().toString().replace(".cypher", ""),
                Files.readString(f, StandardCharsets.UTF_8)));
      }
    }
    return queries;
  }

  /**
   * Leading {@code //} lines are the description; a {@code // params: k=v, ...} line gives example
   * values.
   */
  static Query parse(String name, String text) {
    List<String> comment = new ArrayList<>();
    String params = "";
    StringBuilder cypher = new StringBuilder();
    for (String line : text.split("\n")) {
      String t = line.strip();
      if (cypher.isEmpty() && t.startsWith("//")) {
        String c = t.substring(2).strip();
        if (c.startsWith("params:")) {
          params = paramCommand(c.substring("params:".length()).strip());
        } else {
          comment.add(c);
        }
      } else if (!t.isEmpty() || !cypher.isEmpty()) {
        cypher.append(line).append('\n');
      }
    }
    return new Query(name, String.join(" ", comment), params, cypher.toString().strip());
  }

  /**
   * "topic=large language model, year=2025" as a Browser command: {@code :params {topic: "...",
   * year: 2025}}.
   */
  private static String paramCommand(String spec) {
    if (spec.isEmpty() || spec.startsWith("(")) {
      return "";
    }
    List<String> pairs = new ArrayList<>();
    for (String pair : spec.split(",\\s*(?=[A-Za-z_][A-Za-z0-9_]*=)")) {
      int eq = pair.indexOf('=');
      String key = pair.substring(0, eq).strip();
      String value = pair.substring(eq + 1).strip();
      pairs.add(
          key
              + ": "
              + (value.matches("-?\\d+(\\.\\d+)?|true|false")
                  ? value
                  : "\"" + value.replace("\"", "\\\"") + "\""));
    }
    return ":params {" + String.join(", ", pairs) + "}";
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
