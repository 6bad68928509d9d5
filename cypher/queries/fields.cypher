// The top level: fields (topics with no broader topic) and how many papers reach each through BROADER (up to 3 hops).
// params: (none)
MATCH (f:Topic)
WHERE NOT (f)-[:BROADER]->() AND (f)<-[:BROADER]-()
MATCH (p:Paper)-[:HAS_TOPIC]->(:Topic)-[:BROADER*0..3]->(f)
RETURN f.name AS field, count(DISTINCT p) AS papers
ORDER BY papers DESC, field
LIMIT 15
