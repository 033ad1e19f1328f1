// Which outlets published how many articles, in which languages, and over which period?
MATCH (o:MediaOutlet)-[:PUBLISHED]->(a:Article)
RETURN o.name AS outlet,
       count(a) AS articles,
       collect(DISTINCT a.language) AS languages,
       min(a.published) AS first,
       max(a.published) AS last
ORDER BY articles DESC, outlet;
