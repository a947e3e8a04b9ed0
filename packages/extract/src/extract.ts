import type { Extraction, InputDocument } from '@newsgraph/schemas';
import type { ExtractResources } from './resources.js';

/** Bumped whenever output for the same input may change; stored on every Article. */
export const EXTRACTOR_VERSION = '0.1.0';

/** Pure: document in, extraction out. No I/O, env, clock or randomness. */
export function extract(document: InputDocument, resources: ExtractResources): Extraction {
  void resources;
  return {
    id: document.id,
    segments: [{ start: 0, end: document.text.length, title: document.title, source: document.source }],
    entities: [],
    relations: [],
    extractorVersion: EXTRACTOR_VERSION,
  };
}
