// Papers that propose methods, models, datasets or benchmarks for a topic.
// params: topic=large language model
MATCH (t:Topic)
WHERE t.name = $topic OR $topic IN t.altNames
MATCH (t)<-[:HAS_TOPIC]-(p:Paper)-[:PROPOSES]->(m:Method)
RETURN m.name AS method, m.kind AS kind, p.title AS paper
ORDER BY method
LIMIT 25
