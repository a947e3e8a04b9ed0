// Purpose: the evidence behind one directed STANCE edge — every claim from $source toward
//          $target with the sentence that states it and the article it comes from.
// Params: $source, $target — entity ids, e.g. 'country:USA', 'country:RUS'.
// Returns: one row per claim: kind, polarity, quad, intensity, negated, modality, attributed and
//          to whom, the sentence, article title/source/url/id, publishedAt; oldest first.
// Idempotent: yes (read-only).
// Example: {"source": "country:USA", "target": "country:RUS"}
MATCH (s:Entity {id: $source})<-[:BY]-(c:Claim)-[:TOWARD]->(t:Entity {id: $target})
MATCH (a:Article)-[:STATES]->(c)
RETURN c.kind AS kind, c.polarity AS polarity, c.quad AS quad, c.intensity AS intensity,
       c.negated AS negated, c.modality AS modality, c.attributed AS attributed,
       COLLECT { MATCH (c)-[:ATTRIBUTED_TO]->(x:Entity) RETURN x.name ORDER BY x.name } AS attributedTo,
       c.sentence AS sentence, a.title AS article, a.source AS source, a.url AS url, a.id AS articleId,
       c.publishedAt AS publishedAt
ORDER BY publishedAt, articleId, c.start
