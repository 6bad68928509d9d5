// Organisations working on a topic: submitters, organisations named in abstracts, and authors' affiliations.
// params: topic=large language model
MATCH (t:Topic)
WHERE t.name = $topic OR $topic IN t.altNames
MATCH (t)<-[:HAS_TOPIC]-(p:Paper)
MATCH (o:Organisation)
WHERE (p)-[:SUBMITTED_BY|MENTIONS]->(o) OR EXISTS { (p)<-[:AUTHORED]-(:Author)-[:AFFILIATED_WITH]->(o) }
RETURN o.name AS organisation, count(DISTINCT p) AS papers
ORDER BY papers DESC, organisation
LIMIT 10
