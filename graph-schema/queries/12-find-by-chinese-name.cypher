// Find entities by a Chinese name (Simplified or Traditional) through the full-text index.
//
// The `cjk` analyzer indexes character pairs, so part of a name is enough (伟达 finds 英伟达). Lucene syntax applies:
// quote a phrase, add `~` for fuzzy matching.
//
// :param query => '英伟达'
CALL db.index.fulltext.queryNodes('entity_names_cjk', $query) YIELD node, score
RETURN labels(node)[0] AS label,
       node.name AS name,
       node.nameZh AS nameZh,
       node.aliases AS aliases,
       score
ORDER BY score DESC
LIMIT 25;
