// Topics that co-occur with a topic in the same papers.
// params: topic=large language model
MATCH (t:Topic)
WHERE t.name = $topic OR $topic IN t.altNames
MATCH (t)<-[:HAS_TOPIC]-(p:Paper)-[:HAS_TOPIC]->(other:Topic)
WHERE other <> t
RETURN other.name AS topic, count(DISTINCT p) AS papers
ORDER BY papers DESC, topic
LIMIT 10
