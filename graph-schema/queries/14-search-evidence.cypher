// Which claims were read from sentences containing a word (in any language)?
//
// :param query => '开源'
CALL db.index.fulltext.queryRelationships('claim_evidence_cjk', $query) YIELD relationship, score
RETURN startNode(relationship).name AS subject,
       type(relationship) AS relation,
       endNode(relationship).name AS object,
       relationship.certainty AS certainty,
       [s IN relationship.evidence WHERE s CONTAINS $query] AS sentences,
       score
ORDER BY score DESC
LIMIT 25;
