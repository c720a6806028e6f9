// Most studied entities, optionally of one type (Method, Dataset, Metric, Task, Repository), by number of papers.
// params: type (optional, a node type)
MATCH (n)
WHERE n.paper_count IS NOT NULL AND ($type = '' OR n.id STARTS WITH toLower($type))
  AND NOT (n.id STARTS WITH 'paper:') AND NOT (n.id STARTS WITH 'result:')
RETURN n.name AS name, n.id AS id, n.paper_count AS papers
ORDER BY papers DESC, name
LIMIT 50
