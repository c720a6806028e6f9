// The leaderboard of a dataset: one row per (metric, split, method, paper) with that paper's best score, best first in the metric's direction (lower first for error, perplexity, FID ...) within each metric and split, with the evidence sentence. Scores only: improvements (deltas) and ratios never enter.
// params: dataset (required: name or alias, any case), metric (optional: name or alias, any case), task (optional: only papers addressing this task, name or alias), split (optional: only results on this named split, e.g. test-dev, test-other, minival)
// split is the named split the abstract gives the figure ('' when none: a figure on the dataset as a whole, or on its test set); number is the value on one scale (fractions of proportion metrics in percent); lower_is_better is true when the metric is known to be lower-better.
WITH toLower($dataset) AS q, toLower($metric) AS qm, toLower($task) AS qt, toLower($split) AS qs
MATCH (p:Paper)-[:HAS_RESULT]->(r:Result)-[:ON_DATASET]->(d:Dataset)
WHERE r.kind = 'score' AND r.number IS NOT NULL AND (toLower(d.name) = q OR any(a IN d.aliases WHERE toLower(a) = q))
  AND (qs = '' OR coalesce(r.split, '') = qs)
OPTIONAL MATCH (r)-[:MEASURED_BY]->(x:Metric)
OPTIONAL MATCH (r)-[:OF_METHOD]->(m:Method)
OPTIONAL MATCH (p)-[:ADDRESSES]->(t:Task)
WHERE qt <> '' AND (toLower(t.name) = qt OR any(a IN t.aliases WHERE toLower(a) = qt))
WITH p, r, x, t, qm, qt, coalesce(x.name, r.metric) AS metric, CASE WHEN m IS NULL OR (r.method <> '' AND size(r.method) <= size(m.name)) THEN coalesce(r.method, '') ELSE m.name END AS method
WHERE metric IS NOT NULL AND metric <> '' AND (qt = '' OR t IS NOT NULL)
  AND (qm = '' OR toLower(metric) = qm OR toLower(r.metric) = qm OR any(a IN x.aliases WHERE toLower(a) = qm))
WITH p, r, metric, coalesce(r.split, '') AS split, method, CASE WHEN r.higher_is_better = false THEN 0.0 - r.number ELSE r.number END AS key
WITH p, metric, split, method, max(key) AS best, collect(r) AS rs
UNWIND rs AS r
WITH p, metric, split, method, best, r
WHERE (CASE WHEN r.higher_is_better = false THEN 0.0 - r.number ELSE r.number END) = best
WITH p, metric, split, method, best, min(r.value) AS value, min(r.number) AS number, min(r.sentence) AS sentence,
     max(CASE WHEN r.higher_is_better = false THEN 1 ELSE 0 END) AS lower
RETURN metric AS metric, split AS split, method AS method, value AS value, number AS number, lower = 1 AS lower_is_better,
       p.title AS paper, p.year AS year, sentence AS sentence
ORDER BY metric, split, best DESC, method, paper
LIMIT 200
