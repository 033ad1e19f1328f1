// How is a person connected to a model?
//
// All shortest paths over claims (not over articles), ignoring denied claims. Widen the bound if nothing is found.
//
// :param person => 'Jensen Huang'
// :param model => 'DeepSeek-R1'
MATCH (p:Person)
WHERE p.name = $person OR $person IN p.aliases
MATCH (m:Model)
WHERE m.name = $model OR $model IN m.aliases
MATCH path = allShortestPaths((p)-[*..6]-(m))
WHERE none(r IN relationships(path) WHERE type(r) IN ['MENTIONS', 'PUBLISHED'] OR r.certainty = 'negated')
RETURN path;
