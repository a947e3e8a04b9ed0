import { z } from 'zod';

/** Half-open UTF-16 span into the document text (what `String.prototype.slice` uses). */
export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof SpanSchema>;

export const EntityTypeSchema = z.enum(['Person', 'Country', 'Organization']);
export type EntityType = z.infer<typeof EntityTypeSchema>;

export const MentionSchema = SpanSchema.extend({
  text: z.string(),
  /** 0..1, how sure the tagger is that this span names the entity. */
  confidence: z.number().min(0).max(1).optional(),
});
export type Mention = z.infer<typeof MentionSchema>;

export const EntitySchema = z.object({
  id: z.string().min(1),
  type: EntityTypeSchema,
  name: z.string().min(1),
  mentions: z.array(MentionSchema),
  aliases: z.array(z.string()).optional(),
  iso3: z.string().length(3).optional(),
});
export type Entity = z.infer<typeof EntitySchema>;

/** A dateline at the head of an article ("Washington DC [US], June 7 (ANI):"), as segmentation read it. */
export const DatelineSchema = SpanSchema.extend({
  text: z.string(),
  place: z.string().optional(),
  /** ISO 8601: `2025-06-07`, or `--06-07` when the text gives no year (never completed from a clock). */
  date: z.string().optional(),
  /** News agency named in brackets ("ANI", "Reuters"). */
  agency: z.string().optional(),
});
export type Dateline = z.infer<typeof DatelineSchema>;

/** One article inside a document (a scraped page can hold a story plus teasers). */
export const SegmentSchema = SpanSchema.extend({
  title: z.string().optional(),
  source: z.string().optional(),
  publishedAt: z.string().optional(),
  /** Extra field: the dateline, kept even when it has no year (publishedAt then stays the metadata's). */
  dateline: DatelineSchema.optional(),
});
export type Segment = z.infer<typeof SegmentSchema>;

export const QuadSchema = z.enum([
  'verbal_cooperation',
  'material_cooperation',
  'verbal_conflict',
  'material_conflict',
]);
export type Quad = z.infer<typeof QuadSchema>;

export const StanceRelationSchema = z.object({
  type: z.literal('STANCE'),
  source: z.string(),
  target: z.string(),
  polarity: z.union([z.literal(1), z.literal(-1)]),
  quad: QuadSchema,
  kind: z.string(),
  /** Goldstein-like magnitude, 1 (mild) .. 10 (extreme); sign lives in `polarity`. */
  intensity: z.number(),
  evidence: SpanSchema,
  negated: z.boolean(),
  modality: z.string().nullable(),
  attributedTo: z.array(z.string()),
  confidence: z.number().min(0).max(1).optional(),
  /** Index into `segments` (extra field). */
  segment: z.number().int().nonnegative().optional(),
});
export type StanceRelation = z.infer<typeof StanceRelationSchema>;

export const CoMentionRelationSchema = z.object({
  type: z.literal('CO_MENTION'),
  source: z.string(),
  target: z.string(),
  scope: z.enum(['sentence', 'article']),
  /** How many sentences (scope sentence) or 1 (scope article) in this segment. */
  count: z.number().int().positive().optional(),
  segment: z.number().int().nonnegative().optional(),
});
export type CoMentionRelation = z.infer<typeof CoMentionRelationSchema>;

export const HasRoleRelationSchema = z.object({
  type: z.literal('HAS_ROLE'),
  source: z.string(),
  target: z.string(),
  title: z.string(),
  evidence: SpanSchema.optional(),
  segment: z.number().int().nonnegative().optional(),
});
export type HasRoleRelation = z.infer<typeof HasRoleRelationSchema>;

export const RelationSchema = z.discriminatedUnion('type', [
  StanceRelationSchema,
  CoMentionRelationSchema,
  HasRoleRelationSchema,
]);
export type Relation = z.infer<typeof RelationSchema>;

/** One output line of `newsgraph extract` (the contract in DESIGN.md). */
export const ExtractionSchema = z.object({
  id: z.string(),
  segments: z.array(SegmentSchema),
  entities: z.array(EntitySchema),
  relations: z.array(RelationSchema),
  /** ISO 639-3 code of the detected language, or 'und'. */
  language: z.string().optional(),
  extractorVersion: z.string().optional(),
  warnings: z.array(z.string()).optional(),
});
export type Extraction = z.infer<typeof ExtractionSchema>;

/** The line written instead of an Extraction when an input line cannot be processed. */
export const ExtractErrorLineSchema = z.object({
  id: z.string().nullable(),
  line: z.number().int().positive(),
  error: z.string(),
});
export type ExtractErrorLine = z.infer<typeof ExtractErrorLineSchema>;
