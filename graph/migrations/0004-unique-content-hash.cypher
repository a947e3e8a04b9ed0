// Purpose: one Document per text. The writer keeps the smallest id of identical texts; this
//          constraint makes two writers that race on the same new text collide (one retries and
//          then sees the other's document) instead of creating two. Replaces the plain index of
//          0003 on the same property (a constraint cannot be made while that index exists).
// Params: none. Returns: nothing.
// Idempotent: yes (IF EXISTS / IF NOT EXISTS).
DROP INDEX document_content_hash IF EXISTS;
CREATE CONSTRAINT document_content_hash_unique IF NOT EXISTS FOR (d:Document) REQUIRE d.contentHash IS UNIQUE;
