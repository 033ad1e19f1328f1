// The neighbourhood of one entity (any alias, any script), for exploring in Browser's graph view.
//
// :param entity => '深度求索'
MATCH (e)
WHERE (e:Company OR e:Model OR e:Person OR e:MediaOutlet)
  AND (e.name = $entity OR $entity IN e.aliases)
MATCH path = (e)-[r]-(other)
WHERE NOT type(r) IN ['MENTIONS', 'PUBLISHED']
RETURN path
LIMIT 100;
