// Who works or worked where, in which role, and who founded what?
MATCH (p:Person)-[r:WORKS_FOR|FOUNDED]->(c:Company)
WHERE r.certainty <> 'negated'
RETURN p.name AS person,
       p.nameZh AS nameZh,
       type(r) AS relation,
       c.name AS company,
       r.role AS role,
       coalesce(r.current, true) AS current,
       r.certainty AS certainty,
       r.support AS articles
ORDER BY person, relation, company;
