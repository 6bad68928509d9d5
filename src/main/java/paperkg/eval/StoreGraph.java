package paperkg.eval;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import paperkg.neo4j.CypherRunner;

/** A stored graph read with parameterized Cypher (embedded, served or remote store alike). */
public final class StoreGraph implements PaperGraph {
  private static final String TOPICS =
      "MATCH (p:Paper {id: $id})-[:HAS_TOPIC]->(:Topic)-[:BROADER*0..%d]->(t:Topic) "
          + "RETURN DISTINCT t.name AS name, t.altNames AS alt";

  private static final String ORGS =
      "MATCH (p:Paper {id: $id})-[:MENTIONS]->(o:Organisation) RETURN o.name AS name ORDER BY o.id";
  private static final String METHODS =
      "MATCH (p:Paper {id: $id})-[r:PROPOSES|USES]->(m:Method) RETURN type(r) AS rel, m.name AS name, m.kind AS kind "
          + "ORDER BY m.id";

  private final CypherRunner cypher;
  private final Set<String> papers = new HashSet<>();

  /** Reads which of {@code ids} are stored up front (one query), the topics per paper on demand. */
  public StoreGraph(CypherRunner cypher, List<String> ids) {
    this.cypher = cypher;
    var r =
        cypher.run("UNWIND $ids AS id MATCH (p:Paper {id: id}) RETURN p.id", Map.of("ids", ids), 0);
    r.rows().forEach(row -> papers.add((String) row.get(0)));
  }

  @Override
  public boolean contains(String paperId) {
    return papers.contains(paperId);
  }

  @Override
  public Set<String> topicNames(String paperId, int hops) {
    Set<String> out = new LinkedHashSet<>();
    // the hop bound is an int we format in: Cypher takes no parameter for a path length
    var r = cypher.run(String.format(TOPICS, Math.max(0, hops)), Map.of("id", paperId), 0);
    for (List<Object> row : r.rows()) {
      out.add((String) row.get(0));
      if (row.get(1) instanceof List<?> alt) {
        alt.forEach(a -> out.add(String.valueOf(a)));
      }
    }
    return out;
  }

  @Override
  public EntityScoring.Predicted entities(String paperId) {
    List<String> orgs = new java.util.ArrayList<>();
    cypher.run(ORGS, Map.of("id", paperId), 0).rows().forEach(row -> orgs.add((String) row.get(0)));
    List<CorpusGold.Name> proposed = new java.util.ArrayList<>();
    List<CorpusGold.Name> used = new java.util.ArrayList<>();
    for (List<Object> row : cypher.run(METHODS, Map.of("id", paperId), 0).rows()) {
      CorpusGold.Name n = new CorpusGold.Name((String) row.get(1), (String) row.get(2));
      ("PROPOSES".equals(row.get(0)) ? proposed : used).add(n);
    }
    return new EntityScoring.Predicted(orgs, proposed, used);
  }
}
