// What grows: topics with more papers in the last 30 days (before $asOf) than in the 30 days before; a paper
// counts for its topics and their broader topics (BROADER, up to 2 hops), once each.
// params: asOf=2025-11-05
WITH date($asOf) AS asOf
MATCH (p:Paper)-[:HAS_TOPIC]->(:Topic)-[:BROADER*0..2]->(t:Topic)
WHERE p.published > asOf - duration('P60D') AND p.published <= asOf
WITH DISTINCT asOf, p, t
WITH t, sum(CASE WHEN p.published > asOf - duration('P30D') THEN 1 ELSE 0 END) AS recent,
     sum(CASE WHEN p.published <= asOf - duration('P30D') THEN 1 ELSE 0 END) AS before
WHERE recent > before
RETURN t.name AS topic, recent, before, recent - before AS growth
ORDER BY growth DESC, topic
LIMIT 10
