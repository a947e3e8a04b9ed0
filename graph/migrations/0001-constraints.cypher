// Purpose: uniqueness constraints on every id, so MERGE by id is safe under concurrent writers
//          and lookups by id are index-backed.
// Params: none. Returns: nothing.
// Idempotent: yes (IF NOT EXISTS); one statement per constraint.
CREATE CONSTRAINT migration_id IF NOT EXISTS FOR (m:Migration) REQUIRE m.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (e:Person) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (e:Country) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (e:Organization) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT merge_absorbed IF NOT EXISTS FOR (m:Merge) REQUIRE m.absorbed IS UNIQUE;
