// Papers proposing methods, with their code: every proposed method whose paper links a repository.
// params: (none)
MATCH (p:Paper)-[:PROPOSES]->(m:Method), (p)-[:HAS_CODE]->(r:Repository)
RETURN m.name AS method, r.url AS code, p.title AS paper, p.year AS year
ORDER BY method, code
LIMIT 200
