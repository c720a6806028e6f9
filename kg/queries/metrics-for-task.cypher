// Metrics used for a task: metrics reported by papers that address the task, by number of papers.
// params: task (required: name or alias, any case)
WITH toLower($task) AS q
MATCH (p:Paper)-[:ADDRESSES]->(t:Task), (p)-[:REPORTS]->(x:Metric)
WHERE toLower(t.name) = q OR any(a IN t.aliases WHERE toLower(a) = q)
RETURN x.name AS metric, count(DISTINCT p) AS papers
ORDER BY papers DESC, metric
LIMIT 50
