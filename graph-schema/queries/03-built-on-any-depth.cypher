// Models built on other models, to any depth.
//
// Shows every chain that ends at a foundation (a model not itself built on another), as a graph in Browser.
// Denied links (certainty 'negated') are left out.
MATCH chain = (top)-[:BUILT_ON*1..]->(base:Model)
WHERE all(r IN relationships(chain) WHERE r.certainty <> 'negated')
  AND NOT EXISTS { (base)-[b:BUILT_ON]->(:Model) WHERE b.certainty <> 'negated' }
  AND NOT EXISTS { ()-[b:BUILT_ON]->(top) WHERE b.certainty <> 'negated' }
RETURN chain;
