import { createHash } from 'node:crypto';

/**
 * sha256 of the article text after Unicode NFC and whitespace folding, so the same story
 * re-scraped with different line wrapping or from another source hashes the same.
 */
export function contentHash(text: string): string {
  const canonical = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
