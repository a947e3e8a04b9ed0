/**
 * The key gazetteer lookups use for one token: accents stripped, lower case, curly quotes and
 * dashes straightened. Case is checked separately, so "US" and "us" share a key.
 */
export function normalizeKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-');
}
