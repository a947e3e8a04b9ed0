/** Result of turning an HTML page into article text. */
export interface DecodedHtml {
  text: string;
  title?: string;
  byline?: string;
  publishedAt?: string;
  siteName?: string;
}

/** Placeholder: strips tags. Replaced by the readability-based decoder. */
export function decodeHtml(html: string, _options: { url?: string } = {}): DecodedHtml {
  return { text: html.replace(/<[^>]*>/g, ' ').replace(/[ \t]+/g, ' ').trim() };
}
