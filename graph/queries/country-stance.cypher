// Purpose: the country-level view. A claim by or toward a person counts for every Country that
//          person HAS_ROLE toward (a leader's or minister's stance is their state's); a claim by
//          or toward a country counts for that country. Each claim counts once per country pair,
//          aggregated exactly like STANCE: asserted claims make positive/negative and the score,
//          attributed claims are counted apart. Computed at query time, so it always follows
//          the current roles and merges (no stored copy to go stale).
// Params: $country — a country id to see only its pairs (either side), or null for all.
// Returns: one row per ordered country pair: source, target, positive, negative, attributed,
//          score, kinds, and how many claims came through people; most claims first.
// Idempotent: yes (read-only).
// Example: {"country": null}
MATCH (c:Claim)-[:BY]->(s:Entity), (c)-[:TOWARD]->(t:Entity)
CALL (s) {
  WITH s WHERE s:Country RETURN s AS sc
  UNION
  WITH s MATCH (s:Person)-[:HAS_ROLE]->(sc:Country) RETURN sc
}
CALL (t) {
  WITH t WHERE t:Country RETURN t AS tc
  UNION
  WITH t MATCH (t:Person)-[:HAS_ROLE]->(tc:Country) RETURN tc
}
WITH DISTINCT sc, tc, c, s, t
WHERE sc <> tc AND ($country IS NULL OR sc.id = $country OR tc.id = $country)
WITH sc, tc,
     sum(CASE WHEN NOT c.attributed AND c.polarity > 0 THEN 1 ELSE 0 END) AS positive,
     sum(CASE WHEN NOT c.attributed AND c.polarity < 0 THEN 1 ELSE 0 END) AS negative,
     sum(CASE WHEN c.attributed THEN 1 ELSE 0 END) AS attributed,
     sum(CASE WHEN s:Person OR t:Person THEN 1 ELSE 0 END) AS viaPeople,
     collect(DISTINCT c.kind) AS kinds
RETURN sc.name AS source, tc.name AS target, sc.id AS sourceId, tc.id AS targetId,
       positive, negative, attributed,
       CASE WHEN positive + negative = 0 THEN null ELSE toFloat(positive - negative) / (positive + negative) END AS score,
       kinds, viaPeople
ORDER BY positive + negative + attributed DESC, source, target
