import { z } from 'zod';
import { InputDocumentSchema } from './document.js';
import { ExtractionSchema } from './extraction.js';

/** Where a document came from: a file, and a line for JSONL. */
export const OriginSchema = z.object({
  file: z.string().optional(),
  line: z.number().int().positive().optional(),
});
export type Origin = z.infer<typeof OriginSchema>;

/** Payload of a job on the extract queue. The job id is derived from `contentHash`. */
export const ExtractJobSchema = z.object({
  document: InputDocumentSchema,
  contentHash: z.string().regex(/^[0-9a-f]{64}$/, 'contentHash must be a sha256 hex digest'),
  origin: OriginSchema.optional(),
  /** Every outlet that published this exact text (same content hash), first one first. */
  sources: z.array(z.string()).optional(),
});
export type ExtractJob = z.infer<typeof ExtractJobSchema>;

/** Payload of a job on the graph queue: the document's metadata and its extraction. */
export const GraphJobSchema = z.object({
  document: InputDocumentSchema.omit({ text: true }).extend({ text: z.string() }),
  contentHash: z.string(),
  sources: z.array(z.string()).optional(),
  extraction: ExtractionSchema,
  origin: OriginSchema.optional(),
});
export type GraphJob = z.infer<typeof GraphJobSchema>;
