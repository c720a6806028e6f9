// Top datasets per task: for each task, the datasets its papers evaluate on (or propose), by paper count.
// params: task (optional, one task name in any case)
MATCH (p:Paper)-[:ADDRESSES]->(t:Task), (p)-[:EVALUATES_ON|PROPOSES]->(d:Dataset)
WHERE $task = '' OR toLower(t.name) = toLower($task)
RETURN t.name AS task, d.name AS dataset, count(DISTINCT p) AS papers
ORDER BY papers DESC, task, dataset
LIMIT 50
