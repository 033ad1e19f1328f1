// What is a given model built on, directly and indirectly, and what is built on it?
//
// :param model => 'Qwen'
MATCH (m:Model)
WHERE m.name = $model OR $model IN m.aliases
CALL {
  WITH m
  MATCH chain = (m)-[:BUILT_ON*1..]->(base:Model)
  WHERE all(r IN relationships(chain) WHERE r.certainty <> 'negated')
  RETURN 'built on' AS direction, base AS other, length(chain) AS depth
  UNION
  WITH m
  MATCH chain = (derived)-[:BUILT_ON*1..]->(m)
  WHERE all(r IN relationships(chain) WHERE r.certainty <> 'negated')
  RETURN 'base of' AS direction, derived AS other, length(chain) AS depth
}
RETURN direction, other.name AS model, labels(other)[0] AS kind, min(depth) AS depth
ORDER BY direction, depth, model;
