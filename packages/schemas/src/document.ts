import { z } from 'zod';

/** One input document, as it arrives on `newsgraph extract`'s stdin or from ingest. */
export const InputDocumentSchema = z.object({
  id: z.string().min(1, 'id must be a non-empty string'),
  text: z.string(),
  title: z.string().optional(),
  url: z.string().optional(),
  source: z.string().optional(),
  publishedAt: z.string().optional(),
});
export type InputDocument = z.infer<typeof InputDocumentSchema>;
