// Metrics used for a task: metrics reported by papers that address the task, by paper count.
// params: task (required, any case)
MATCH (p:Paper)-[:ADDRESSES]->(t:Task), (p)-[:REPORTS]->(x:Metric)
WHERE toLower(t.name) = toLower($task)
RETURN x.name AS metric, count(DISTINCT p) AS papers
ORDER BY papers DESC, metric
LIMIT 50
