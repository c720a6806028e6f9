// The results table for a dataset: every result stated on it (metric, value, method, paper), best value first per metric.
// params: dataset (required: name or alias, any case)
// Method and metric are the linked entities' names when linked, else the words of the abstract.
WITH toLower($dataset) AS q
MATCH (p:Paper)-[:HAS_RESULT]->(r:Result)-[:ON_DATASET]->(d:Dataset)
WHERE toLower(d.name) = q OR any(a IN d.aliases WHERE toLower(a) = q)
OPTIONAL MATCH (r)-[:OF_METHOD]->(m:Method)
OPTIONAL MATCH (r)-[:MEASURED_BY]->(x:Metric)
RETURN coalesce(x.name, r.metric) AS metric, r.value AS value, coalesce(m.name, r.method) AS method,
       p.title AS paper, p.year AS year
ORDER BY metric, r.number DESC, paper
LIMIT 200
