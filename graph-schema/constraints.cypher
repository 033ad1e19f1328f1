// Tupu graph schema: uniqueness constraints (applied by `tupu schema apply`; idempotent).
// Each constraint also creates the range index that MERGE on `id` uses.
// Syntax works on Neo4j 4.4 and every 5.x.

CREATE CONSTRAINT company_id IF NOT EXISTS
FOR (n:Company) REQUIRE n.id IS UNIQUE;

CREATE CONSTRAINT model_id IF NOT EXISTS
FOR (n:Model) REQUIRE n.id IS UNIQUE;

CREATE CONSTRAINT person_id IF NOT EXISTS
FOR (n:Person) REQUIRE n.id IS UNIQUE;

CREATE CONSTRAINT media_outlet_id IF NOT EXISTS
FOR (n:MediaOutlet) REQUIRE n.id IS UNIQUE;

CREATE CONSTRAINT article_id IF NOT EXISTS
FOR (n:Article) REQUIRE n.id IS UNIQUE;
