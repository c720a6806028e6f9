// The results table for a dataset: every stated result on it (method, metric, value, paper).
// params: dataset (required, any case)
MATCH (p:Paper)-[:HAS_RESULT]->(r:Result)-[:ON_DATASET]->(d:Dataset)
WHERE toLower(d.name) = toLower($dataset)
RETURN r.metric AS metric, r.value AS value, r.method AS method, p.title AS paper
ORDER BY metric, value DESC, paper
LIMIT 200
