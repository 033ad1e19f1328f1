// Who is quoted by which outlets, and whose words carry claims?
MATCH (p:Person)-[q:QUOTED_IN]->(o:MediaOutlet)
OPTIONAL MATCH (s)-[r]->(t)
WHERE p.id IN r.attributedTo
RETURN p.name AS person,
       o.name AS outlet,
       q.support AS articles,
       collect(DISTINCT s.name + ' ' + type(r) + ' ' + t.name) AS claimsInTheirWords
ORDER BY articles DESC, person;
