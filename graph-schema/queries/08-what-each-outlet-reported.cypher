// What did each outlet report?
//
// The claims with evidence from articles an outlet published. An article MENTIONS every entity it has evidence
// about, so the walk from the article to the claim stays on indexed paths.
//
// :param outlet => '新华社'
MATCH (o:MediaOutlet)-[:PUBLISHED]->(a:Article)
WHERE o.name = $outlet OR $outlet IN o.aliases
MATCH (a)-[:MENTIONS]->(s)-[r]->(t)
WHERE a.id IN r.articles
WITH o, a, s, r, t, [i IN range(0, size(r.articles) - 1) WHERE r.articles[i] = a.id] AS mine
RETURN a.published AS published,
       a.title AS article,
       s.name AS subject,
       type(r) AS relation,
       t.name AS object,
       [i IN mine | r.certainties[i]] AS certainty,
       [i IN mine | r.evidence[i]] AS sentences
ORDER BY published, article, subject;
