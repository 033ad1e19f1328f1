// What is a given model built on, directly and indirectly, and what is built on it?
//
// The first half lists the model's ancestors, the second its descendants; depth 1 is a direct BUILT_ON.
//
// :param model => 'Qwen'
MATCH (m:Model)
WHERE m.name = $model OR $model IN m.aliases
MATCH chain = (m)-[:BUILT_ON*1..]->(base:Model)
WHERE all(r IN relationships(chain) WHERE r.certainty <> 'negated')
RETURN 'built on' AS direction, base.name AS model, min(length(chain)) AS depth
UNION
MATCH (m:Model)
WHERE m.name = $model OR $model IN m.aliases
MATCH chain = (derived)-[:BUILT_ON*1..]->(m)
WHERE all(r IN relationships(chain) WHERE r.certainty <> 'negated')
RETURN 'base of' AS direction, derived.name AS model, min(length(chain)) AS depth;
