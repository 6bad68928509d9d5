package paperkg.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Rows with named columns, printed as an aligned table, JSON (an array of row objects) or CSV. */
record ResultTable(List<String> columns, List<List<Object>> rows) {
  enum Format {
    table,
    json,
    csv
  }

  private static final int MAX_CELL = 80;
  static final ObjectMapper JSON = new ObjectMapper();

  void print(Format format, PrintWriter out) {
    switch (format) {
      case table -> printTable(out);
      case json -> printJson(out);
      case csv -> printCsv(out);
    }
    out.flush();
  }

  private void printTable(PrintWriter out) {
    int[] widths = new int[columns.size()];
    List<List<String>> cells = new ArrayList<>();
    for (int c = 0; c < columns.size(); c++) {
      widths[c] = columns.get(c).length();
    }
    for (List<Object> row : rows) {
      List<String> line = new ArrayList<>();
      for (int c = 0; c < columns.size(); c++) {
        String text = cell(row.get(c));
        widths[c] = Math.max(widths[c], text.length());
        line.add(text);
      }
      cells.add(line);
    }
    out.println(line(columns, widths));
    StringBuilder rule = new StringBuilder();
    for (int c = 0; c < widths.length; c++) {
      rule.append(c == 0 ? "" : "-+-").append("-".repeat(widths[c]));
    }
    out.println(rule);
    cells.forEach(l -> out.println(line(l, widths)));
    out.println("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
  }

  private static String line(List<String> values, int[] widths) {
    StringBuilder b = new StringBuilder();
    for (int c = 0; c < values.size(); c++) {
      b.append(c == 0 ? "" : " | ").append(String.format("%-" + widths[c] + "s", values.get(c)));
    }
    return b.toString().stripTrailing();
  }

  private static String cell(Object value) {
    String text;
    if (value == null) {
      text = "";
    } else if (value instanceof String s) {
      text = s;
    } else if (value instanceof Map<?, ?> || value instanceof List<?>) {
      text = json(value);
    } else {
      text = value.toString();
    }
    text = text.replaceAll("\\s+", " ");
    return text.length() > MAX_CELL ? text.substring(0, MAX_CELL - 1) + "…" : text;
  }

  private void printJson(PrintWriter out) {
    List<Map<String, Object>> objects = new ArrayList<>();
    for (List<Object> row : rows) {
      Map<String, Object> o = new LinkedHashMap<>();
      for (int c = 0; c < columns.size(); c++) {
        o.put(columns.get(c), row.get(c));
      }
      objects.add(o);
    }
    try {
      out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(objects));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private void printCsv(PrintWriter out) {
    try (CSVPrinter csv =
        new CSVPrinter(
            out, CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get())) {
      for (List<Object> row : rows) {
        csv.printRecord(
            row.stream()
                .map(v -> v instanceof Map<?, ?> || v instanceof List<?> ? json(v) : v)
                .toList());
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      return String.valueOf(value);
    }
  }
}
