// How many claims of each type are asserted, speculated or denied?
//
// A speculated claim becomes asserted as soon as one source states it as fact; this counts the merged result.
MATCH ()-[r]->()
WHERE r.certainty IS NOT NULL
RETURN type(r) AS relation,
       sum(CASE r.certainty WHEN 'asserted' THEN 1 ELSE 0 END) AS asserted,
       sum(CASE r.certainty WHEN 'speculated' THEN 1 ELSE 0 END) AS speculated,
       sum(CASE r.certainty WHEN 'negated' THEN 1 ELSE 0 END) AS negated
ORDER BY relation;
