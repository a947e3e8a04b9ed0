// Purpose: the most co-mentioned entity pairs in articles published since $since.
// Params: $since — an ISO date or datetime string, or null for the default: seven days before
//         the newest article's publication date (all articles when none has a date).
// Returns: up to 25 rows: the two entities (names and ids), sentences they share, articles that
//          co-mention them, and the window start used; most sentences first.
// Idempotent: yes (read-only).
// Example: {"since": null}
CALL () {
  MATCH (a:Article) WHERE a.publishedAt IS NOT NULL
  RETURN max(a.publishedAt) AS newest
}
WITH coalesce(datetime($since), newest - duration('P7D')) AS since
MATCH (art:Article)-[m:MENTIONS]->(a:Entity)
WHERE (since IS NULL OR art.publishedAt >= since) AND m.coIds IS NOT NULL
UNWIND range(0, size(m.coIds) - 1) AS i
WITH since, art, a, m.coIds[i] AS otherId, m.coSentences[i] AS sentences
MATCH (b:Entity {id: otherId})
WITH since, a, b, sum(sentences) AS sentences, count(DISTINCT art) AS articles
RETURN a.name AS entity1, b.name AS entity2, a.id AS id1, b.id AS id2, sentences, articles, since
ORDER BY sentences DESC, articles DESC, entity1, entity2
LIMIT 25
