// Which claims are only rumoured so far, and which were denied by someone else?
//
// Speculated claims, with a denial of the same claim next to them when one exists.
MATCH (s)-[r]->(o)
WHERE r.certainty = 'speculated'
OPTIONAL MATCH (s)-[n]->(o)
WHERE type(n) = type(r) AND n.certainty = 'negated'
RETURN s.name AS subject,
       type(r) AS relation,
       o.name AS object,
       r.support AS articles,
       r.evidence AS rumours,
       n.evidence AS denials
ORDER BY articles DESC, subject, object;
