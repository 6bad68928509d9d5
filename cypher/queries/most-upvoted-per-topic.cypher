// The most-upvoted paper of each topic (topics with at least two upvoted papers).
// params: (none)
MATCH (p:Paper)-[:HAS_TOPIC]->(t:Topic)
WHERE p.upvotes IS NOT NULL
WITH t, p ORDER BY p.upvotes DESC, p.title
WITH t, collect(p) AS papers
WHERE size(papers) >= 2
RETURN t.name AS topic, papers[0].title AS paper, papers[0].upvotes AS upvotes, size(papers) AS upvotedPapers
ORDER BY upvotes DESC, topic
LIMIT 10
