// Who praised a given model, with the evidence?
//
// The model is found by its name or any alias, in any script. One row per evidence sentence, newest first.
//
// :param model => 'DeepSeek-R1'
MATCH (m:Model)
WHERE m.name = $model OR $model IN m.aliases
MATCH (who)-[p:PRAISED]->(m)
UNWIND range(0, size(p.evidence) - 1) AS i
OPTIONAL MATCH (a:Article {id: p.articles[i]})
RETURN who.name AS praisedBy,
       labels(who)[0] AS kind,
       p.certainties[i] AS certainty,
       p.evidence[i] AS sentence,
       a.title AS article,
       a.published AS published,
       a.url AS url
ORDER BY published DESC, praisedBy;
