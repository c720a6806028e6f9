// Top datasets per task: (task, dataset) pairs ranked by the number of papers that address the task and evaluate on (or introduce) the dataset.
// params: task (optional: keep one task, matched by name or alias in any case)
WITH toLower($task) AS q
MATCH (p:Paper)-[:ADDRESSES]->(t:Task), (p)-[:EVALUATES_ON|PROPOSES]->(d:Dataset)
WHERE q = '' OR toLower(t.name) = q OR any(a IN t.aliases WHERE toLower(a) = q)
RETURN t.name AS task, d.name AS dataset, count(DISTINCT p) AS papers
ORDER BY papers DESC, task, dataset
LIMIT 50
