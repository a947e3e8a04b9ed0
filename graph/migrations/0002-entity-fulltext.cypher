// Purpose: full-text index over entity names and aliases, for analysts' fuzzy look-ups:
//          CALL db.index.fulltext.queryNodes('entity_names', 'putin~') YIELD node, score
// Params: none. Returns: nothing.
// Idempotent: yes (IF NOT EXISTS).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Person|Country|Organization) ON EACH [e.name, e.aliases];
