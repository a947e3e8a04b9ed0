/**
 * Every Cypher statement the writer and the curation commands run. All are parameterised; none
 * is ever built from input text. Labels are fixed words (Neo4j cannot take a label as a
 * parameter), so entity labels are set with FOREACH over the stored `type`.
 */
function coMentioned(scan: string): string {
  return `
UNWIND $pairs AS p
MATCH (a:Entity {id: p.lo}), (b:Entity {id: p.hi})
CALL (a, b) {${scan}
  WITH art, coalesce(m.coIds, []) AS coIds, coalesce(m.coSentences, []) AS coSentences
  WITH art, [i IN range(0, size(coIds) - 1) WHERE coIds[i] = b.id | coSentences[i]] AS n
  RETURN count(art) AS articles, sum(coalesce(head(n), 0)) AS sentences,
         min(art.publishedAt) AS firstSeen, max(art.publishedAt) AS lastSeen
}
OPTIONAL MATCH (a)-[old:CO_MENTIONED]->(b)
FOREACH (_ IN CASE WHEN articles = 0 AND old IS NOT NULL THEN [1] ELSE [] END | DELETE old)
FOREACH (_ IN CASE WHEN articles > 0 THEN [1] ELSE [] END |
  MERGE (a)-[r:CO_MENTIONED]->(b)
  SET r.articles = articles, r.sentences = sentences, r.firstSeen = firstSeen, r.lastSeen = lastSeen)`;
}

function stance(scan: string): string {
  return `
UNWIND $pairs AS p
MATCH (s:Entity {id: p.source}), (t:Entity {id: p.target})
CALL (s, t) {${scan}
  WITH c ORDER BY c.kind
  RETURN count(c) AS total,
    sum(CASE WHEN c.attributed = false AND c.polarity > 0 THEN 1 ELSE 0 END) AS positive,
    sum(CASE WHEN c.attributed = false AND c.polarity < 0 THEN 1 ELSE 0 END) AS negative,
    sum(CASE WHEN c.attributed = true THEN 1 ELSE 0 END) AS attributed,
    sum(CASE WHEN c.modality IS NOT NULL THEN 1 ELSE 0 END) AS hedged,
    sum(CASE WHEN c.negated = true THEN 1 ELSE 0 END) AS negated,
    collect(DISTINCT c.kind) AS kinds,
    min(c.publishedAt) AS firstSeen, max(c.publishedAt) AS lastSeen
}
OPTIONAL MATCH (s)-[old:STANCE]->(t)
FOREACH (_ IN CASE WHEN total = 0 AND old IS NOT NULL THEN [1] ELSE [] END | DELETE old)
FOREACH (_ IN CASE WHEN total > 0 THEN [1] ELSE [] END |
  MERGE (s)-[r:STANCE]->(t)
  SET r.positive = positive, r.negative = negative, r.attributed = attributed,
      r.hedged = hedged, r.negated = negated, r.claims = total,
      r.score = CASE WHEN positive + negative = 0 THEN null
                     ELSE toFloat(positive - negative) / (positive + negative) END,
      r.kinds = kinds, r.firstSeen = firstSeen, r.lastSeen = lastSeen,
      r.caption = CASE WHEN positive + negative = 0 THEN 'attributed'
                       WHEN positive > negative THEN '+' WHEN negative > positive THEN '-' ELSE '±' END
                  + ' ' + reduce(acc = '', k IN kinds | acc + CASE WHEN acc = '' THEN '' ELSE '/' END + k)
                  + ' ×' + toString(total))`;
}

export const Q = {
  loadMerges: `MATCH (m:Merge) RETURN m.absorbed AS absorbed, m.into AS into`,

  classify: `
UNWIND $docs AS d
OPTIONAL MATCH (own:Document {id: d.id})
CALL (d) {
  OPTIONAL MATCH (other:Document {contentHash: d.contentHash})
  WHERE other.id <> d.id
  RETURN other ORDER BY other.id LIMIT 1
}
RETURN d.id AS id, own IS NOT NULL AS exists, own.writeHash AS writeHash, own.contentHash AS ownHash,
       coalesce(own.sources, []) AS sources, coalesce(own.duplicateIds, []) AS duplicateIds,
       other.id AS otherId, coalesce(other.sources, []) AS otherSources,
       coalesce(other.duplicateIds, []) AS otherDuplicateIds`,

  articlesOfDocuments: `
UNWIND $ids AS id
MATCH (:Document {id: id})<-[:PART_OF]-(a:Article)
RETURN a.id AS id`,

  oldMentions: `
UNWIND $ids AS id
MATCH (a:Article {id: id})-[m:MENTIONS]->(e:Entity)
RETURN e.id AS entity, coalesce(m.coIds, []) AS coIds, coalesce(m.roles, []) AS roles`,

  oldClaims: `
UNWIND $ids AS id
MATCH (a:Article {id: id})-[:STATES]->(c:Claim)
RETURN c.sourceId AS source, c.targetId AS target`,

  deleteClaims: `
UNWIND $ids AS id
MATCH (:Article {id: id})-[:STATES]->(c:Claim)
DETACH DELETE c`,

  deleteMentions: `
UNWIND $ids AS id
MATCH (:Article {id: id})-[m:MENTIONS]->()
DELETE m`,

  deleteArticleNodes: `
UNWIND $ids AS id
MATCH (a:Article {id: id})
DETACH DELETE a`,

  deleteDocuments: `
UNWIND $ids AS id
MATCH (d:Document {id: id})
DETACH DELETE d`,

  writeDocuments: `
UNWIND $docs AS d
MERGE (doc:Document {id: d.id})
ON CREATE SET doc.ingestedAt = datetime()
SET doc.contentHash = d.contentHash, doc.title = d.title, doc.url = d.url, doc.source = d.source,
    doc.sources = d.sources, doc.duplicateIds = d.duplicateIds,
    doc.publishedAt = CASE WHEN d.publishedAt IS NULL THEN null ELSE datetime(d.publishedAt) END,
    doc.text = d.text, doc.extraction = d.extraction, doc.extractedIds = d.extractedIds,
    doc.extractorVersion = d.extractorVersion, doc.writeHash = d.writeHash`,

  setSources: `
UNWIND $docs AS d
MATCH (doc:Document {id: d.id})
SET doc.sources = d.sources, doc.duplicateIds = d.duplicateIds
WITH doc, d
OPTIONAL MATCH (doc)<-[:PART_OF]-(a:Article)
SET a.sources = d.sources`,

  writeArticles: `
UNWIND $articles AS a
MATCH (doc:Document {id: a.documentId})
MERGE (art:Article {id: a.id})
ON CREATE SET art.ingestedAt = datetime()
SET art.documentId = a.documentId, art.segment = toInteger(a.segment),
    art.start = toInteger(a.start), art.end = toInteger(a.end),
    art.title = a.title, art.source = a.source, art.sources = a.sources, art.url = a.url,
    art.publishedAt = CASE WHEN a.publishedAt IS NULL THEN null ELSE datetime(a.publishedAt) END,
    art.contentHash = a.contentHash, art.extractorVersion = a.extractorVersion
MERGE (art)-[:PART_OF]->(doc)`,

  // Names and aliases are joined, never overwritten: the longest name (then the smallest
  // string) wins and aliases are a sorted union, so batches commute and replays change nothing.
  // The same rule recomputes them from MENTIONS when articles go away (recomputeEntities).
  writeEntities: `
UNWIND $entities AS e
MERGE (n:Entity {id: e.id})
ON CREATE SET n.type = e.type
SET n.name = CASE
      WHEN n.name IS NULL THEN e.name
      WHEN size(e.name) > size(n.name) THEN e.name
      WHEN size(e.name) = size(n.name) AND e.name < n.name THEN e.name
      ELSE n.name END,
    n.iso3 = coalesce(n.iso3, e.iso3)
FOREACH (_ IN CASE WHEN n.type = 'Person' THEN [1] ELSE [] END | SET n:Person)
FOREACH (_ IN CASE WHEN n.type = 'Country' THEN [1] ELSE [] END | SET n:Country)
FOREACH (_ IN CASE WHEN n.type = 'Organization' THEN [1] ELSE [] END | SET n:Organization)
WITH n, e
CALL (n, e) {
  UNWIND coalesce(n.aliases, []) + e.aliases AS alias
  WITH DISTINCT alias ORDER BY alias
  RETURN collect(alias) AS aliases
}
SET n.aliases = aliases`,

  writeMentions: `
UNWIND $mentions AS m
MATCH (a:Article {id: m.articleId}), (e:Entity {id: m.entityId})
MERGE (a)-[r:MENTIONS]->(e)
SET r.count = toInteger(m.count), r.firstOffset = toInteger(m.firstOffset), r.confidence = m.confidence,
    r.texts = m.texts, r.name = m.name, r.coIds = m.coIds,
    r.coSentences = [x IN m.coSentences | toInteger(x)], r.roles = m.roles`,

  writeClaims: `
UNWIND $claims AS c
MATCH (a:Article {id: c.articleId}), (s:Entity {id: c.sourceId}), (t:Entity {id: c.targetId})
MERGE (cl:Claim {id: c.id})
SET cl.articleId = c.articleId, cl.sourceId = c.sourceId, cl.targetId = c.targetId,
    cl.kind = c.kind, cl.quad = c.quad, cl.polarity = toInteger(c.polarity), cl.intensity = c.intensity,
    cl.sentence = c.sentence, cl.start = toInteger(c.start), cl.end = toInteger(c.end),
    cl.negated = c.negated, cl.modality = c.modality, cl.confidence = c.confidence,
    cl.attributed = c.attributed, cl.attributedTo = c.attributedTo,
    cl.publishedAt = CASE WHEN c.publishedAt IS NULL THEN null ELSE datetime(c.publishedAt) END
MERGE (a)-[:STATES]->(cl)
MERGE (cl)-[:BY]->(s)
MERGE (cl)-[:TOWARD]->(t)
WITH cl, c
UNWIND c.attributedTo AS attributedId
MATCH (x:Entity {id: attributedId})
MERGE (cl)-[:ATTRIBUTED_TO]->(x)`,

  // Asserted claims (no third-party attribution) make the score; attributed ones are only
  // counted. Recomputed from the claims themselves, so it is exact however often it runs.
  // Claims are scanned from whichever end has fewer (a country can state thousands); the WITH
  // between the MATCH clauses fixes the expansion order.
  recomputeStanceFromSource: stance(`
  OPTIONAL MATCH (s)<-[:BY]-(c:Claim)
  WITH c, t WHERE (c)-[:TOWARD]->(t)`),
  recomputeStanceFromTarget: stance(`
  OPTIONAL MATCH (t)<-[:TOWARD]-(c:Claim)
  WITH c, s WHERE (c)-[:BY]->(s)`),

  claimDegrees: `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, COUNT { (e)<-[:BY]-() } AS by, COUNT { (e)<-[:TOWARD]-() } AS toward`,

  // Per-article co-mention counts live on the MENTIONS from the article to the pair's lower id.
  // Two variants scan the articles of whichever end has fewer mentions (countries have many);
  // the WITH between the MATCH clauses fixes the expansion order.
  recomputeCoMentionedFromLo: coMentioned(`
  OPTIONAL MATCH (a)<-[m:MENTIONS]-(art:Article)
  WHERE b.id IN m.coIds`),
  recomputeCoMentionedFromHi: coMentioned(`
  OPTIONAL MATCH (b)<-[:MENTIONS]-(art:Article)
  WITH a, b, art
  OPTIONAL MATCH (art)-[m:MENTIONS]->(a)
  WITH art, m, b WHERE b.id IN m.coIds`),

  mentionDegrees: `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, COUNT { (e)<-[:MENTIONS]-() } AS degree`,

  recomputeRoles: `
UNWIND $roles AS p
MATCH (person:Entity {id: p.person}), (t:Entity {id: p.target})
CALL (person, p) {
  OPTIONAL MATCH (person)<-[m:MENTIONS]-(art:Article)
  WHERE p.key IN m.roles
  RETURN count(art) AS articles, min(art.publishedAt) AS firstSeen, max(art.publishedAt) AS lastSeen
}
OPTIONAL MATCH (person)-[old:HAS_ROLE {title: p.title}]->(t)
FOREACH (_ IN CASE WHEN articles = 0 AND old IS NOT NULL THEN [1] ELSE [] END | DELETE old)
FOREACH (_ IN CASE WHEN articles > 0 THEN [1] ELSE [] END |
  MERGE (person)-[r:HAS_ROLE {title: p.title}]->(t)
  SET r.articles = articles, r.firstSeen = firstSeen, r.lastSeen = lastSeen)`,

  // After articles go away: names and aliases from what still mentions the entity (same rule
  // as writeEntities), and entities nothing mentions any more are removed.
  recomputeEntities: `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  OPTIONAL MATCH (e)<-[m:MENTIONS]-(:Article)
  WITH m.name AS name WHERE name IS NOT NULL
  WITH DISTINCT name ORDER BY size(name) DESC, name ASC
  RETURN head(collect(name)) AS name
}
CALL (e) {
  OPTIONAL MATCH (e)<-[m:MENTIONS]-(:Article)
  UNWIND coalesce(m.texts, []) AS alias
  WITH DISTINCT alias ORDER BY alias
  RETURN collect(alias) AS aliases
}
WITH e, name, aliases, EXISTS { (e)<-[:MENTIONS]-(:Article) } AS live
FOREACH (_ IN CASE WHEN live THEN [1] ELSE [] END | SET e.name = name, e.aliases = aliases)
FOREACH (_ IN CASE WHEN live THEN [] ELSE [1] END | DETACH DELETE e)`,
} as const;
