// Purpose: range indexes behind the writer's duplicate-text check (Document.contentHash), the
//          reprocess scan (extractorVersion), delete --source, and time-windowed saved queries.
// Params: none. Returns: nothing.
// Idempotent: yes (IF NOT EXISTS).
CREATE INDEX document_content_hash IF NOT EXISTS FOR (d:Document) ON (d.contentHash);
CREATE INDEX document_extractor_version IF NOT EXISTS FOR (d:Document) ON (d.extractorVersion);
CREATE INDEX article_published_at IF NOT EXISTS FOR (a:Article) ON (a.publishedAt);
CREATE INDEX article_source IF NOT EXISTS FOR (a:Article) ON (a.source);
CREATE INDEX claim_published_at IF NOT EXISTS FOR (c:Claim) ON (c.publishedAt);
CREATE INDEX merge_into IF NOT EXISTS FOR (m:Merge) ON (m.into);
