/** Whitespace other than a lone space: only then does collapsing runs of it change the text. */
const UNUSUAL_SPACE = /[^\S ]|\s\s/;

/**
 * `text` with every run of whitespace made one space, as `text.replace(/\s+/g, ' ')` would; most
 * names are already single-spaced and come back without a copy.
 */
export function singleSpaced(text: string): string {
  return UNUSUAL_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text;
}
