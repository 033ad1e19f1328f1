// The best-supported claims: asserted by the most articles.
//
// :param minArticles => 2
MATCH (s)-[r]->(o)
WHERE r.certainty = 'asserted' AND r.support >= $minArticles
RETURN s.name AS subject,
       type(r) AS relation,
       o.name AS object,
       r.support AS articles,
       round(r.confidence, 2) AS confidence,
       r.firstSeen AS firstSeen,
       r.lastSeen AS lastSeen
ORDER BY articles DESC, confidence DESC, subject
LIMIT 50;
