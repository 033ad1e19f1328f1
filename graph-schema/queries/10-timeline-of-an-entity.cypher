// Timeline: everything said about one entity, by article date.
//
// The entity is found by name or alias in any script (英伟达, 英偉達 and Nvidia give the same timeline).
//
// :param entity => 'Nvidia'
MATCH (e)
WHERE (e:Company OR e:Model OR e:Person OR e:MediaOutlet)
  AND (e.name = $entity OR $entity IN e.aliases)
MATCH (e)-[r]-(other)
WHERE r.evidence IS NOT NULL
UNWIND range(0, size(r.evidence) - 1) AS i
RETURN r.dates[i] AS date,
       startNode(r).name AS subject,
       type(r) AS relation,
       endNode(r).name AS object,
       r.certainties[i] AS certainty,
       r.evidence[i] AS sentence
ORDER BY date, subject, relation;
