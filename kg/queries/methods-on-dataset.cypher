// Methods evaluated on a dataset: methods used or proposed by papers that evaluate on it, by paper count.
// params: dataset (required, any case)
MATCH (p:Paper)-[:EVALUATES_ON|PROPOSES]->(d:Dataset), (p)-[:USES|PROPOSES]->(m:Method)
WHERE toLower(d.name) = toLower($dataset)
RETURN m.name AS method, count(DISTINCT p) AS papers
ORDER BY papers DESC, method
LIMIT 50
