// Purpose: an entity's allies and adversaries — every entity it holds a stance toward, or that
//          holds one toward it, with the aggregated STANCE (asserted claims only in the score).
// Params: $entity — entity id, e.g. 'country:RUS' or 'person:kim-jong-un'.
// Returns: the entity, each STANCE relationship and the other entity (a graph in Browser), plus
//          side ('ally' score > 0, 'adversary' score < 0, 'mixed' 0, 'attributed' only third-party
//          claims), direction, score, counts and kinds; strongest first.
// Idempotent: yes (read-only).
// Example: {"entity": "country:RUS"}
MATCH (e:Entity {id: $entity})-[s:STANCE]-(other:Entity)
RETURN e, s, other,
       CASE WHEN s.score IS NULL THEN 'attributed' WHEN s.score > 0 THEN 'ally'
            WHEN s.score < 0 THEN 'adversary' ELSE 'mixed' END AS side,
       CASE WHEN startNode(s) = e THEN 'outgoing' ELSE 'incoming' END AS direction,
       other.name AS name, s.score AS score, s.positive AS positive, s.negative AS negative,
       s.attributed AS attributed, s.kinds AS kinds
ORDER BY abs(coalesce(s.score, 0)) * (s.positive + s.negative) DESC, name
