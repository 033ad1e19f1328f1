// Timeline of the whole corpus: articles per month and the claims first seen that month.
//
// :param from => '2023-01-01'
// :param to => '2030-12-31'
MATCH (a:Article)
WHERE a.published >= $from AND a.published <= $to
WITH substring(a.published, 0, 7) AS month, count(*) AS articles
OPTIONAL MATCH (s)-[r]->(o)
WHERE r.firstSeen IS NOT NULL AND substring(r.firstSeen, 0, 7) = month
RETURN month,
       articles,
       count(r) AS newClaims,
       collect(s.name + ' ' + type(r) + ' ' + o.name)[..10] AS examples
ORDER BY month;
