// How the state of the art on a dataset moved: per metric, split and year, the best score stated by that year's papers (in the metric's direction), with its method and paper. Scores only; papers without a year are left out.
// params: dataset (required: name or alias, any case), metric (optional: name or alias, any case), split (optional: only results on this named split, e.g. test-dev, test-other, minival)
// split is the named split the abstract gives the figure ('' when none).
WITH toLower($dataset) AS q, toLower($metric) AS qm, toLower($split) AS qs
MATCH (p:Paper)-[:HAS_RESULT]->(r:Result)-[:ON_DATASET]->(d:Dataset)
WHERE r.kind = 'score' AND r.number IS NOT NULL AND p.year IS NOT NULL
  AND (toLower(d.name) = q OR any(a IN d.aliases WHERE toLower(a) = q))
  AND (qs = '' OR coalesce(r.split, '') = qs)
OPTIONAL MATCH (r)-[:MEASURED_BY]->(x:Metric)
OPTIONAL MATCH (r)-[:OF_METHOD]->(m:Method)
WITH p, r, x, qm, coalesce(x.name, r.metric) AS metric, CASE WHEN m IS NULL OR (r.method <> '' AND size(r.method) <= size(m.name)) THEN coalesce(r.method, '') ELSE m.name END AS method
WHERE metric IS NOT NULL AND metric <> ''
  AND (qm = '' OR toLower(metric) = qm OR toLower(r.metric) = qm OR any(a IN x.aliases WHERE toLower(a) = qm))
WITH metric, coalesce(r.split, '') AS split, p.year AS year, CASE WHEN r.higher_is_better = false THEN 0.0 - r.number ELSE r.number END AS key, r
WITH metric, split, year, max(key) AS best, collect(r) AS rs
UNWIND rs AS r
WITH metric, split, year, best, r
WHERE (CASE WHEN r.higher_is_better = false THEN 0.0 - r.number ELSE r.number END) = best
MATCH (p:Paper)-[:HAS_RESULT]->(rr:Result)
WHERE rr.id = r.id
OPTIONAL MATCH (rr)-[:OF_METHOD]->(m:Method)
RETURN metric AS metric, split AS split, year AS year, min(rr.value) AS value, min(rr.number) AS number,
       min(CASE WHEN m IS NULL OR (rr.method <> '' AND size(rr.method) <= size(m.name)) THEN coalesce(rr.method, '') ELSE m.name END) AS method, min(p.title) AS paper
ORDER BY metric, split, year
LIMIT 500
