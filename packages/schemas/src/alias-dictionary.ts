import { z } from 'zod';
import { EntityTypeSchema } from './extraction.js';

/**
 * One entry of the user-supplied alias dictionary (JSON array, or CSV `id,type,names,merged`
 * with `|`-separated lists; `@newsgraph/graph` reads and writes both). The extractor pins every
 * name in `names` to `id` when linking and maps every id in `merged` (recorded by
 * `newsgraph entities merge`) to `id`, so analysts' curation survives replays and reprocessing.
 */
export const AliasEntrySchema = z.object({
  id: z.string().min(1, 'id must be a non-empty string'),
  type: EntityTypeSchema,
  names: z.array(z.string().min(1)).default([]),
  /** Ids an analyst merged into this entity; linking maps them to `id`. */
  merged: z.array(z.string().min(1)).optional(),
});
export type AliasEntry = z.infer<typeof AliasEntrySchema>;

/** The whole dictionary: `[{id, type, names, merged?}]`. */
export const AliasDictionarySchema = z.array(AliasEntrySchema);
export type AliasDictionary = z.infer<typeof AliasDictionarySchema>;
