import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ExtractionSchema, type Extraction, type EntityType } from '@newsgraph/schemas';

/** What the graph writer takes per document (the graph-writer worker batches many). */
export const GraphWriteItemSchema = z.object({
  document: z.object({
    id: z.string().min(1),
    /** The document text; kept on the Document node so `reprocess` and evidence sentences work. */
    text: z.string().optional(),
    title: z.string().optional(),
    url: z.string().optional(),
    source: z.string().optional(),
    publishedAt: z.string().optional(),
  }),
  contentHash: z.string().min(1),
  /** Every outlet that published this exact text (ingest's dedup); `document.source` is added. */
  sources: z.array(z.string()).optional(),
  extraction: ExtractionSchema,
  extractorVersion: z.string().min(1),
});
export type GraphWriteItem = z.input<typeof GraphWriteItemSchema>;

/** Maps an extracted entity id to the id it lives under in the graph (analysts' merges). */
export type ResolveId = (id: string) => string;

export interface PreparedMention {
  articleId: string;
  entityId: string;
  count: number;
  firstOffset: number | null;
  confidence: number | null;
  texts: string[];
  name: string;
  coIds: string[];
  coSentences: number[];
  roles: string[];
}

export interface PreparedClaim {
  id: string;
  articleId: string;
  sourceId: string;
  targetId: string;
  kind: string;
  quad: string;
  polarity: number;
  intensity: number;
  sentence: string | null;
  start: number;
  end: number;
  negated: boolean;
  modality: string | null;
  confidence: number | null;
  attributed: boolean;
  attributedTo: string[];
  publishedAt: string | null;
}

export interface PreparedArticle {
  id: string;
  documentId: string;
  segment: number;
  start: number;
  end: number | null;
  title: string | null;
  source: string | null;
  url: string | null;
  publishedAt: string | null;
  contentHash: string;
  extractorVersion: string;
}

export interface PreparedEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  iso3: string | null;
}

export interface PreparedDocument {
  id: string;
  contentHash: string;
  sources: string[];
  title: string | null;
  url: string | null;
  source: string | null;
  publishedAt: string | null;
  text: string | null;
  extractorVersion: string;
  extraction: string;
  extractedIds: string[];
  writeHash: string;
  articles: PreparedArticle[];
  mentions: PreparedMention[];
  claims: PreparedClaim[];
  entities: PreparedEntity[];
  warnings: string[];
}

/** Role statements are stored on the person's MENTIONS as `title@targetId`. */
export function roleKey(title: string, targetId: string): string {
  return `${title}@${targetId}`;
}

/** Splits a {@link roleKey} back (ids never hold `@`, titles may). */
export function parseRoleKey(key: string): { title: string; target: string } {
  const at = key.lastIndexOf('@');
  return { title: key.slice(0, at), target: key.slice(at + 1) };
}

/** Normalises a date to an ISO-8601 UTC string, or null when it cannot be read. */
export function normaliseDate(value: string | undefined): string | null {
  if (value === undefined || value.trim() === '') return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const sortedUnique = (xs: Iterable<string>): string[] => [...new Set(xs)].sort(byString);

/** The canonical-name rule shared with the graph: the longest name, then the smallest string. */
export function betterName(a: string | null | undefined, b: string): string {
  if (a === null || a === undefined) return b;
  if (b.length !== a.length) return b.length > a.length ? b : a;
  return b < a ? b : a;
}

/**
 * Turns one validated write item into the rows the writer UNWINDs: one article per segment
 * (`<doc id>#<n>`, n from 0, or the bare doc id for a one-segment document), mentions assigned to
 * the segment whose span holds them, relations to their `segment` or the segment holding their
 * evidence, ids passed through `resolve` (analysts' merges). Pure: no I/O.
 * Problems that leave the rest usable become `warnings` naming the document and relation.
 */
export function prepareDocument(item: z.output<typeof GraphWriteItemSchema>, resolve: ResolveId): PreparedDocument {
  const { document: doc, extraction } = item;
  const warnings: string[] = [];
  const where = `document ${doc.id}`;
  const publishedAt = normaliseDate(doc.publishedAt);
  if (doc.publishedAt !== undefined && publishedAt === null) {
    warnings.push(`graph: expected publishedAt to be a date, got ${JSON.stringify(doc.publishedAt)} (${where}); stored without a date.`);
  }
  const text = doc.text ?? null;
  const segs = extraction.segments.length > 0 ? extraction.segments : [{ start: 0, end: text?.length ?? Number.MAX_SAFE_INTEGER }];
  const one = segs.length === 1;
  const articles: PreparedArticle[] = segs.map((s, i) => {
    const segDate = normaliseDate(s.publishedAt);
    return {
      id: one ? doc.id : `${doc.id}#${i}`,
      documentId: doc.id,
      segment: i,
      start: s.start,
      end: s.end === Number.MAX_SAFE_INTEGER ? null : s.end,
      title: s.title ?? (i === 0 ? (doc.title ?? null) : null),
      source: s.source ?? doc.source ?? null,
      url: doc.url ?? null,
      publishedAt: segDate ?? publishedAt,
      contentHash: item.contentHash,
      extractorVersion: item.extractorVersion,
    };
  });
  const segmentAt = (offset: number): number => segs.findIndex((s) => offset >= s.start && offset < s.end);

  interface Acc {
    count: number;
    firstOffset: number | null;
    confidence: number | null;
    texts: Set<string>;
    name: string;
    co: Map<string, number>;
    roles: Set<string>;
  }
  const entityInfo = new Map<string, { id: string; type: EntityType; name: string; iso3: string | null; aliases: string[] }>();
  for (const e of extraction.entities) {
    entityInfo.set(e.id, { id: resolve(e.id), type: e.type, name: e.name, iso3: e.iso3 ?? null, aliases: e.aliases ?? [] });
  }
  const byMappedId = new Map<string, { type: EntityType; iso3: string | null }>();
  for (const info of entityInfo.values()) {
    const prev = byMappedId.get(info.id);
    byMappedId.set(info.id, { type: prev?.type ?? info.type, iso3: prev?.iso3 ?? info.iso3 });
  }
  // per article index → mapped entity id → accumulated mention data
  const perArticle = articles.map(() => new Map<string, Acc>());
  const touch = (seg: number, extractedId: string): Acc => {
    const info = entityInfo.get(extractedId)!;
    const m = perArticle[seg]!;
    let acc = m.get(info.id);
    if (!acc) {
      acc = { count: 0, firstOffset: null, confidence: null, texts: new Set(), name: info.name, co: new Map(), roles: new Set() };
      m.set(info.id, acc);
    }
    acc.name = betterName(acc.name, info.name);
    return acc;
  };
  for (const e of extraction.entities) {
    for (const mention of e.mentions) {
      const seg = segmentAt(mention.start);
      if (seg < 0) {
        warnings.push(`graph: expected mention "${mention.text}" at ${mention.start} of ${e.id} inside a segment, got none (${where}); mention dropped.`);
        continue;
      }
      const acc = touch(seg, e.id);
      acc.count += 1;
      acc.firstOffset = acc.firstOffset === null ? mention.start : Math.min(acc.firstOffset, mention.start);
      if (mention.confidence !== undefined) acc.confidence = Math.max(acc.confidence ?? 0, mention.confidence);
      acc.texts.add(mention.text);
      for (const a of e.aliases ?? []) acc.texts.add(a);
    }
  }
  const mentionedIn = (seg: number, extractedId: string): boolean => {
    const info = entityInfo.get(extractedId);
    return info !== undefined && (perArticle[seg]?.get(info.id)?.count ?? 0) > 0;
  };
  const relationSegment = (r: Extraction['relations'][number]): number => {
    if (r.segment !== undefined) {
      if (r.segment < segs.length) return r.segment;
      warnings.push(`graph: expected relation segment < ${segs.length}, got ${r.segment} (${where}, ${r.type} ${r.source}→${r.target}); placed by offsets.`);
    }
    const evidence = 'evidence' in r ? r.evidence : undefined;
    if (evidence) {
      const seg = segmentAt(evidence.start);
      if (seg >= 0) return seg;
    }
    const both = segs.findIndex((_, i) => mentionedIn(i, r.source) && mentionedIn(i, r.target));
    if (both >= 0) return both;
    const src = segs.findIndex((_, i) => mentionedIn(i, r.source));
    return src >= 0 ? src : 0;
  };

  const claims: PreparedClaim[] = [];
  const claimCounter = articles.map(() => 0);
  for (const [ri, r] of extraction.relations.entries()) {
    const missing = [r.source, r.target, ...(r.type === 'STANCE' ? r.attributedTo : [])].filter((id) => !entityInfo.has(id));
    if (missing.length > 0) {
      warnings.push(`graph: expected relation endpoints among the entities, got unknown ${missing.join(', ')} (${where}, relation ${ri} ${r.type}); relation dropped.`);
      continue;
    }
    const s = entityInfo.get(r.source)!.id;
    const t = entityInfo.get(r.target)!.id;
    if (s === t) continue; // a merge can fold both ends into one entity: nothing to say about itself
    const seg = relationSegment(r);
    const article = articles[seg]!;
    if (r.type === 'STANCE') {
      const attributedTo = sortedUnique(r.attributedTo.map((id) => entityInfo.get(id)!.id));
      touch(seg, r.source);
      touch(seg, r.target);
      for (const a of r.attributedTo) touch(seg, a);
      const k = claimCounter[seg]!;
      claimCounter[seg] = k + 1;
      claims.push({
        id: `${article.id}/claim/${k}`,
        articleId: article.id,
        sourceId: s,
        targetId: t,
        kind: r.kind,
        quad: r.quad,
        polarity: r.polarity,
        intensity: r.intensity,
        sentence: text !== null ? text.slice(r.evidence.start, r.evidence.end) : null,
        start: r.evidence.start,
        end: r.evidence.end,
        negated: r.negated,
        modality: r.modality,
        confidence: r.confidence ?? null,
        attributed: attributedTo.length > 0,
        attributedTo,
        publishedAt: article.publishedAt,
      });
    } else if (r.type === 'CO_MENTION') {
      const [lo, hi] = s < t ? [r.source, r.target] : [r.target, r.source];
      touch(seg, hi);
      const acc = touch(seg, lo);
      const hiId = entityInfo.get(hi)!.id;
      const add = r.scope === 'sentence' ? (r.count ?? 1) : 0;
      acc.co.set(hiId, (acc.co.get(hiId) ?? 0) + add);
    } else {
      touch(seg, r.target);
      touch(seg, r.source).roles.add(roleKey(r.title, t));
    }
  }

  const mentions: PreparedMention[] = [];
  const entities = new Map<string, PreparedEntity>();
  perArticle.forEach((m, seg) => {
    for (const [entityId, acc] of [...m.entries()].sort((a, b) => byString(a[0], b[0]))) {
      const coIds = [...acc.co.keys()].sort(byString);
      const texts = sortedUnique(acc.texts);
      mentions.push({
        articleId: articles[seg]!.id,
        entityId,
        count: acc.count,
        firstOffset: acc.firstOffset,
        confidence: acc.confidence,
        texts,
        name: acc.name,
        coIds,
        coSentences: coIds.map((id) => acc.co.get(id)!),
        roles: sortedUnique(acc.roles),
      });
      const info = byMappedId.get(entityId)!;
      const prev = entities.get(entityId);
      entities.set(entityId, {
        id: entityId,
        type: prev?.type ?? info.type,
        name: betterName(prev?.name, acc.name),
        aliases: sortedUnique([...(prev?.aliases ?? []), ...texts]),
        iso3: prev?.iso3 ?? info.iso3,
      });
    }
  });
  const entityList = [...entities.values()].sort((a, b) => byString(a.id, b.id));
  const core = {
    id: doc.id,
    contentHash: item.contentHash,
    title: doc.title ?? null,
    url: doc.url ?? null,
    source: doc.source ?? null,
    publishedAt,
    text,
    extractorVersion: item.extractorVersion,
  };
  const writeHash = createHash('sha256')
    .update(JSON.stringify({ core, articles, mentions, claims, entities: entityList }))
    .digest('hex');
  return {
    ...core,
    sources: sortedUnique([...(item.sources ?? []), ...(doc.source !== undefined ? [doc.source] : [])]),
    extraction: JSON.stringify(extraction),
    extractedIds: sortedUnique(extraction.entities.map((e) => e.id)),
    writeHash,
    articles,
    mentions,
    claims,
    entities: entityList,
    warnings,
  };
}

/** Follows analysts' merges (absorbed → kept) to the live id; a cycle stops where it closes. */
export function createResolver(merges: ReadonlyMap<string, string>): ResolveId {
  return (id) => {
    let cur = id;
    const seen = new Set<string>([cur]);
    for (let next = merges.get(cur); next !== undefined && !seen.has(next); next = merges.get(cur)) {
      seen.add(next);
      cur = next;
    }
    return cur;
  };
}
