// Papers per month of publication, newest first.
// params: (none)
MATCH (p:Paper)
WHERE p.published IS NOT NULL
WITH p.published.year AS year, p.published.month AS month, count(p) AS papers
RETURN toString(year) + '-' + CASE WHEN month < 10 THEN '0' ELSE '' END + toString(month) AS month, papers
ORDER BY month DESC
LIMIT 12
