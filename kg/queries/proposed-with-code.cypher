// Papers proposing methods, with their code: each method a paper proposes, and the repository the paper links.
// params: (none)
MATCH (p:Paper)-[:PROPOSES]->(m:Method), (p)-[:HAS_CODE]->(r:Repository)
RETURN m.name AS method, r.url AS code, p.title AS paper, p.year AS year
ORDER BY method, code, paper
LIMIT 200
