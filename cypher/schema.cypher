// paperkg schema: applied at the start of every import (IF NOT EXISTS makes it idempotent).
// Every node has a unique id; the constraints also give the MERGE lookups their index.
CREATE CONSTRAINT paper_id IF NOT EXISTS FOR (n:Paper) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT method_id IF NOT EXISTS FOR (n:Method) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT author_id IF NOT EXISTS FOR (n:Author) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT category_id IF NOT EXISTS FOR (n:Category) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT importrun_id IF NOT EXISTS FOR (n:ImportRun) REQUIRE n.id IS UNIQUE;
// Lookups users do by name or date.
CREATE INDEX topic_name IF NOT EXISTS FOR (n:Topic) ON (n.name);
CREATE INDEX method_name IF NOT EXISTS FOR (n:Method) ON (n.name);
CREATE INDEX organisation_name IF NOT EXISTS FOR (n:Organisation) ON (n.name);
CREATE INDEX organisation_ror IF NOT EXISTS FOR (n:Organisation) ON (n.ror);
CREATE INDEX paper_doi IF NOT EXISTS FOR (n:Paper) ON (n.doi);
CREATE INDEX paper_published IF NOT EXISTS FOR (n:Paper) ON (n.published);
