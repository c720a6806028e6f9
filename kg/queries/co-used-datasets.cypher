// Co-used datasets: pairs of datasets evaluated on (or introduced) in the same papers, by number of shared papers.
// params: (none)
MATCH (d1:Dataset)<-[:EVALUATES_ON|PROPOSES]-(p:Paper)-[:EVALUATES_ON|PROPOSES]->(d2:Dataset)
WHERE d1.id < d2.id
RETURN d1.name AS dataset_a, d2.name AS dataset_b, count(DISTINCT p) AS papers
ORDER BY papers DESC, dataset_a, dataset_b
LIMIT 50
