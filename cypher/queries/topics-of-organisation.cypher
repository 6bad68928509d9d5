// Topics of an organisation: what the papers it submitted, is named in, or its authors wrote are about.
// params: org=OpenBMB
MATCH (o:Organisation)
WHERE toLower(o.name) = toLower($org) OR o.handle = $org
MATCH (p:Paper)
WHERE (p)-[:SUBMITTED_BY|MENTIONS]->(o) OR EXISTS { (p)<-[:AUTHORED]-(:Author)-[:AFFILIATED_WITH]->(o) }
MATCH (p)-[:HAS_TOPIC]->(t:Topic)
RETURN t.name AS topic, count(DISTINCT p) AS papers
ORDER BY papers DESC, topic
LIMIT 10
