// Methods evaluated on a dataset: methods with a stated result on it, or used/proposed by a paper that evaluates on it; results first, then papers.
// params: dataset (required: name or alias, any case)
// Two routes in one pattern: Paper-[:EVALUATES_ON|PROPOSES]->Dataset with Paper-[:USES|PROPOSES]->Method,
// and Result-[:ON_DATASET]->Dataset with Result-[:OF_METHOD]->Method (the schema allows no mixed path).
WITH toLower($dataset) AS q
MATCH (d:Dataset)<-[:EVALUATES_ON|PROPOSES|ON_DATASET]-(x)-[:USES|PROPOSES|OF_METHOD]->(m:Method)
WHERE toLower(d.name) = q OR any(a IN d.aliases WHERE toLower(a) = q)
RETURN m.name AS method,
       count(CASE WHEN x.id STARTS WITH 'result:' THEN x.id END) AS results,
       count(DISTINCT CASE WHEN x.id STARTS WITH 'result:' THEN x.paper ELSE x.id END) AS papers
ORDER BY results DESC, papers DESC, method
LIMIT 50
