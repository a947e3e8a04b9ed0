// Purpose: how two people are connected — the shortest path between them over stance,
//          co-mention and role edges (either direction, at most 6 hops).
// Params: $from, $to — Person ids, e.g. 'person:sergei-shoigu', 'person:lee-jae-myung'.
// Returns: the path (a graph in Browser), its length, and the names along it.
// Idempotent: yes (read-only).
// Example: {"from": "person:sergei-shoigu", "to": "person:lee-jae-myung"}
MATCH (a:Person {id: $from}), (b:Person {id: $to})
MATCH p = shortestPath((a)-[:STANCE|CO_MENTIONED|HAS_ROLE*..6]-(b))
RETURN p, length(p) AS hops, [n IN nodes(p) | n.name] AS names
