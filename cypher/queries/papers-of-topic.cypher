// A topic's papers through the hierarchy: papers about the topic or about a narrower one (BROADER, up to 3 hops),
// with the topic that put them there.
// params: topic=reinforcement learning
MATCH (t:Topic)
WHERE t.name = $topic OR $topic IN t.altNames
MATCH (p:Paper)-[:HAS_TOPIC]->(via:Topic)-[:BROADER*0..3]->(t)
WITH p, collect(DISTINCT via.name) AS via
RETURN p.title AS paper, p.published AS published, via
ORDER BY published DESC, paper
LIMIT 25
