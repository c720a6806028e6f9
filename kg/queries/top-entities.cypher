// Most studied entities, optionally of one type (Method, Dataset, Metric, Task, Repository), by number of papers.
// params: type (optional: one of Method, Dataset, Metric, Task, Repository; any case)
WITH toLower($type) AS q
MATCH (n)
WHERE n.paper_count IS NOT NULL AND NOT (n.id STARTS WITH 'paper:') AND NOT (n.id STARTS WITH 'result:')
  AND (q = '' OR n.id STARTS WITH (q + ':'))
RETURN n.name AS name, n.id AS id, n.paper_count AS papers
ORDER BY papers DESC, name
LIMIT 50
