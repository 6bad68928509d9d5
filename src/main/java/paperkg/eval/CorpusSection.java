package paperkg.eval;

import java.util.List;
import java.util.Map;

/**
 * One part of {@code eval corpus}'s report (topics; organisations, proposed and used names): rows
 * of {@code measure, count, value} for the table and one JSON object under {@link #name()}.
 */
public interface CorpusSection {
  String name();

  List<List<Object>> rows();

  Map<String, Object> toJson();
}
