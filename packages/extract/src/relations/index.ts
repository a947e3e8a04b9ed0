import type { Relation } from '@newsgraph/schemas';
import type { AnalyzedDocument } from '../types.js';
import { extractCoMentions } from './co-mentions.js';
import { extractStances } from './extract-stances.js';

export { extractCoMentions } from './co-mentions.js';
export { extractStances } from './extract-stances.js';
export { loadStanceLexicon, type StanceLexicon, type Trigger } from './lexicon.js';

/**
 * All relations the text states between resolved entities: STANCE (directed, typed, with
 * evidence) then CO_MENTION (sentence and article scope, once per unordered pair).
 * HAS_ROLE comes from the roles stage.
 */
export function extractRelations(doc: AnalyzedDocument): Relation[] {
  return [...extractStances(doc), ...extractCoMentions(doc)];
}
