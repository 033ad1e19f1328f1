// Tupu graph schema: indexes (applied by `tupu schema apply` after the constraints; idempotent).

// Full-text search over every name of every entity, in any script. The `cjk` analyzer splits Chinese into
// overlapping character pairs, so 英伟达 also finds 英伟达公司 and a query for 伟达 matches.
// (Neo4j servers older than 5.x index only the STRING properties; `aliases` is a LIST<STRING>.)
CREATE FULLTEXT INDEX entity_names_cjk IF NOT EXISTS
FOR (n:Company|Model|Person|MediaOutlet) ON EACH [n.name, n.aliases, n.nameZh, n.nameEn]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};

// The same names with the English analyzer (stemming, stop words): "model" finds "Models".
CREATE FULLTEXT INDEX entity_names_en IF NOT EXISTS
FOR (n:Company|Model|Person|MediaOutlet) ON EACH [n.name, n.aliases, n.nameEn]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}};

// Evidence sentences of claims, searchable by word or character pair.
CREATE FULLTEXT INDEX claim_evidence_cjk IF NOT EXISTS
FOR ()-[r:USES|PRAISED|BUILT_ON|DEVELOPS|WORKS_FOR|FOUNDED|QUOTED_IN|VERSION_OF]-() ON EACH [r.evidence]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};

// Replacing a changed article finds the previous version by its source.
CREATE INDEX article_source_key IF NOT EXISTS
FOR (a:Article) ON (a.sourceKey);

// Timelines and date filters.
CREATE INDEX article_published IF NOT EXISTS
FOR (a:Article) ON (a.published);

// Outlet name as printed by the article (before resolution).
CREATE INDEX article_outlet IF NOT EXISTS
FOR (a:Article) ON (a.outlet);

// Exact name lookups (the Browser queries' `{name: $name}` patterns).
CREATE INDEX company_name IF NOT EXISTS
FOR (n:Company) ON (n.name);

CREATE INDEX model_name IF NOT EXISTS
FOR (n:Model) ON (n.name);

CREATE INDEX person_name IF NOT EXISTS
FOR (n:Person) ON (n.name);

CREATE INDEX media_outlet_name IF NOT EXISTS
FOR (n:MediaOutlet) ON (n.name);

// Asserted versus speculated versus negated claims, per type.
CREATE INDEX uses_certainty IF NOT EXISTS
FOR ()-[r:USES]-() ON (r.certainty);

CREATE INDEX praised_certainty IF NOT EXISTS
FOR ()-[r:PRAISED]-() ON (r.certainty);

CREATE INDEX built_on_certainty IF NOT EXISTS
FOR ()-[r:BUILT_ON]-() ON (r.certainty);

CREATE INDEX develops_certainty IF NOT EXISTS
FOR ()-[r:DEVELOPS]-() ON (r.certainty);

CREATE INDEX works_for_certainty IF NOT EXISTS
FOR ()-[r:WORKS_FOR]-() ON (r.certainty);

CREATE INDEX founded_certainty IF NOT EXISTS
FOR ()-[r:FOUNDED]-() ON (r.certainty);

CREATE INDEX quoted_in_certainty IF NOT EXISTS
FOR ()-[r:QUOTED_IN]-() ON (r.certainty);

CREATE INDEX version_of_certainty IF NOT EXISTS
FOR ()-[r:VERSION_OF]-() ON (r.certainty);

// Claims first seen in a period.
CREATE INDEX uses_first_seen IF NOT EXISTS
FOR ()-[r:USES]-() ON (r.firstSeen);

CREATE INDEX praised_first_seen IF NOT EXISTS
FOR ()-[r:PRAISED]-() ON (r.firstSeen);
