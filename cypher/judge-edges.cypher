// Every HAS_TOPIC edge with what a reader needs to judge it (scripts/topic-judge-sample.py draws the sample).
MATCH (p:Paper)-[h:HAS_TOPIC]->(t:Topic)
RETURN p.id AS paper_id, p.title AS title, p.abstract AS abstract, t.name AS topic, h.rank AS rank
