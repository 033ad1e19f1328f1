// Model families: each family with its versions and the companies developing them.
MATCH (v:Model)-[:VERSION_OF]->(family:Model)
OPTIONAL MATCH (dev:Company)-[d:DEVELOPS]->(family)
WHERE d.certainty <> 'negated'
RETURN family.name AS family,
       collect(DISTINCT dev.name) AS developers,
       collect(DISTINCT v.name) AS versions
ORDER BY family;
