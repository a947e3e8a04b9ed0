// Purpose: how the stance between two entities moved over time, both directions, per week of
//          publication (asserted claims in the score, attributed ones counted apart).
// Params: $a, $b — entity ids, e.g. 'person:kim-jong-un', 'person:vladimir-putin'.
// Returns: one row per (direction, week): positive, negative, attributed, score, kinds.
//          Claims without a publication date fall in week null.
// Idempotent: yes (read-only).
// Example: {"a": "person:kim-jong-un", "b": "person:vladimir-putin"}
MATCH (x:Entity)<-[:BY]-(c:Claim)-[:TOWARD]->(y:Entity)
WHERE (x.id = $a AND y.id = $b) OR (x.id = $b AND y.id = $a)
WITH x.name + ' → ' + y.name AS direction,
     CASE WHEN c.publishedAt IS NULL THEN null ELSE date.truncate('week', c.publishedAt) END AS week, c
WITH direction, week,
     sum(CASE WHEN NOT c.attributed AND c.polarity > 0 THEN 1 ELSE 0 END) AS positive,
     sum(CASE WHEN NOT c.attributed AND c.polarity < 0 THEN 1 ELSE 0 END) AS negative,
     sum(CASE WHEN c.attributed THEN 1 ELSE 0 END) AS attributed,
     collect(DISTINCT c.kind) AS kinds
RETURN direction, week, positive, negative, attributed,
       CASE WHEN positive + negative = 0 THEN null ELSE toFloat(positive - negative) / (positive + negative) END AS score,
       kinds
ORDER BY week, direction
