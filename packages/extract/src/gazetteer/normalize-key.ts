// Printable ASCII but the backtick (the one ASCII character the slow path rewrites): NFKD and the
// quote and dash rewrites leave such text as it is.
const PLAIN = /^[\x20-\x5f\x61-\x7e]*$/;

/**
 * The key gazetteer lookups use for one token: accents stripped, lower case, curly quotes and
 * dashes straightened. Case is checked separately, so "US" and "us" share a key.
 */
export function normalizeKey(text: string): string {
  // Fast path: plain ASCII needs only lower-casing (most tokens of English news).
  if (PLAIN.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-');
}

/**
 * {@link normalizeKey} of a token's text, reusing the token's lower-cased form (`normal`, which the
 * tokenizer sets to `text.toLowerCase()`) where that is already the key: one string fewer per token.
 */
export function tokenKey(token: { text: string; normal: string }): string {
  return PLAIN.test(token.text) ? token.normal : normalizeKey(token.text);
}
