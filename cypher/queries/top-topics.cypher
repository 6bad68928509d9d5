// Top topics: the topics most papers are about.
// params: (none)
MATCH (p:Paper)-[:HAS_TOPIC]->(t:Topic)
RETURN t.name AS topic, count(p) AS papers
ORDER BY papers DESC, topic
LIMIT 10
