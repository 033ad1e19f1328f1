// Find entities by an English name through the full-text index (stemmed; `~` allows typos).
//
// :param query => 'nvida~'
CALL db.index.fulltext.queryNodes('entity_names_en', $query) YIELD node, score
RETURN labels(node)[0] AS label,
       node.name AS name,
       node.nameZh AS nameZh,
       node.aliases AS aliases,
       score
ORDER BY score DESC
LIMIT 25;
