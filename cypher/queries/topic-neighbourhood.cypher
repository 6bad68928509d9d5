// A topic's neighbourhood, for the Browser's graph view: its papers, what they propose, who submitted them,
// and broader topics.
// params: topic=large language model
MATCH (t:Topic)
WHERE t.name = $topic OR $topic IN t.altNames
MATCH (t)<-[h:HAS_TOPIC]-(p:Paper)
OPTIONAL MATCH (p)-[r:PROPOSES|SUBMITTED_BY]->(x)
OPTIONAL MATCH (t)-[b:BROADER]->(up:Topic)
RETURN t, h, p, r, x, b, up
LIMIT 100
