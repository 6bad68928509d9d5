package paperkg.eval;

import java.util.Set;

/**
 * What the corpus scoring reads of a graph, per paper: a store ({@link StoreGraph}) or the
 * extractions of a file of papers ({@link ExtractedGraph}) answer the same questions, so both are
 * scored the same way.
 */
public interface PaperGraph {
  /**
   * Whether the paper is in the graph (a gold paper that is not counts as missing, all its gold
   * unfound).
   */
  boolean contains(String paperId);

  /**
   * Names and alternative names of the paper's topics and of their BROADER ancestors up to {@code
   * hops} links away (0: the paper's own topics only).
   */
  Set<String> topicNames(String paperId, int hops);

  /**
   * The paper's MENTIONS organisations (one name per node) and its proposed and used names with
   * kinds.
   */
  EntityScoring.Predicted entities(String paperId);
}
