import type { Relation } from '@newsgraph/schemas';
import type { AnalyzedDocument } from '../types.js';

/**
 * All relations the text states between resolved entities: STANCE and CO_MENTION.
 * (HAS_ROLE comes from the roles stage.) Placeholder until the stance extractor lands.
 */
export function extractRelations(doc: AnalyzedDocument): Relation[] {
  void doc;
  return [];
}
