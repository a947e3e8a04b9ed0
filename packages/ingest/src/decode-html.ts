import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** Result of turning an HTML page into article text. */
export interface DecodedHtml {
  /** The article's text: headline first, paragraphs separated by blank lines, NFC, straight quotes. */
  text: string;
  title?: string;
  byline?: string;
  /** As the page states it (ISO 8601 when the page gives ISO 8601). */
  publishedAt?: string;
  siteName?: string;
}

/** Minimal DOM surface used here; linkedom provides it without the DOM lib types. */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}
interface DomDocument {
  title?: string;
  body: DomNode | null;
  documentElement: DomNode | null;
  querySelector(sel: string): DomNode | null;
  querySelectorAll(sel: string): ArrayLike<DomNode>;
}

const BLOCKS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'NAV',
  'BLOCKQUOTE',
  'PRE',
  'UL',
  'OL',
  'LI',
  'DL',
  'DT',
  'DD',
  'TABLE',
  'TR',
  'TD',
  'TH',
  'TBODY',
  'THEAD',
  'FIGURE',
  'FIGCAPTION',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HR',
  'ADDRESS',
  'FORM',
  'FIELDSET',
  'DETAILS',
  'SUMMARY',
]);
/** Never text: code, styling, embedded media and form controls. */
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'SELECT',
  'BUTTON',
  'HEAD',
]);
/** Page furniture skipped by the tag-stripping fallback (readability removes it its own way). */
const FALLBACK_SKIP = new Set([...SKIP, 'NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM']);

/**
 * Block-aware text of a DOM subtree: one paragraph per block element, `<br>` as a line break,
 * whitespace inside a paragraph collapsed as a browser would.
 */
function blockText(root: DomNode, skip: ReadonlySet<string>): string {
  const paragraphs: string[] = [];
  let cur = '';
  const flush = (): void => {
    const t = cur
      .replace(/[ \t\r\f\v\u00a0]+/g, ' ')
      .replace(/ *\n */g, '\n')
      .trim();
    if (t) paragraphs.push(t);
    cur = '';
  };
  const walk = (n: DomNode): void => {
    if (n.nodeType === 3) {
      cur += (n.textContent ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) return;
    const name = n.nodeName.toUpperCase();
    if (skip.has(name)) return;
    if (name === 'BR') {
      cur += '\n';
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    for (let i = 0; i < n.childNodes.length; i++) walk(n.childNodes[i]!);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}

/** NFC, straight quotes, no zero-width characters: the decoded text becomes the document text, so this is safe here. */
function normaliseText(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201f\u2033]/g, '"')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\u00a0/g, ' ');
}

function clean(s: string | null | undefined): string | undefined {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? normaliseText(t) : undefined;
}

function meta(doc: DomDocument, selectors: string[]): string | undefined {
  for (const sel of selectors) {
    const v = clean(doc.querySelector(sel)?.getAttribute?.('content'));
    if (v) return v;
  }
  return undefined;
}

/** Walks JSON-LD blocks (objects, arrays, `@graph`) for the first value of `key`. */
function jsonLd(
  doc: DomDocument,
  pick: (node: Record<string, unknown>) => string | undefined,
): string | undefined {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  const visit = (v: unknown): string | undefined => {
    if (Array.isArray(v)) {
      for (const x of v) {
        const r = visit(x);
        if (r) return r;
      }
      return undefined;
    }
    if (!v || typeof v !== 'object') return undefined;
    const o = v as Record<string, unknown>;
    return pick(o) ?? visit(o['@graph']);
  };
  for (let i = 0; i < scripts.length; i++) {
    try {
      const r = visit(JSON.parse(scripts[i]!.textContent ?? ''));
      if (r) return r;
    } catch {
      // a broken JSON-LD block is common on real pages; the meta tags may still say it
    }
  }
  return undefined;
}

const asString = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() ? v.trim() : undefined;
const authorName = (v: unknown): string | undefined => {
  if (Array.isArray(v)) return v.map(authorName).filter(Boolean).join(', ') || undefined;
  if (v && typeof v === 'object') return asString((v as Record<string, unknown>).name);
  return asString(v);
};

function publishedDate(doc: DomDocument): string | undefined {
  return (
    meta(doc, [
      'meta[property="article:published_time"]',
      'meta[name="article:published_time"]',
      'meta[itemprop="datePublished"]',
      'meta[name="datePublished"]',
      'meta[property="og:published_time"]',
      'meta[name="pubdate"]',
      'meta[name="publishdate"]',
      'meta[name="date"]',
      'meta[name="dc.date"]',
      'meta[name="DC.date.issued"]',
      'meta[name="parsely-pub-date"]',
      'meta[name="sailthru.date"]',
    ]) ??
    jsonLd(doc, (o) => asString(o.datePublished)) ??
    clean(doc.querySelector('time[datetime]')?.getAttribute?.('datetime'))
  );
}

/**
 * Turns an HTML page into its article: the main text found by Mozilla Readability (over a
 * linkedom DOM), or — when Readability finds no article — the page's text with scripts,
 * navigation, headers and footers stripped. Paragraph breaks are kept as blank lines, the
 * headline is the first line (segmentation reads it as the title), and title, byline, date and
 * site name come from Readability and the page's meta tags, JSON-LD and `<time datetime>`.
 */
export function decodeHtml(html: string, options: { url?: string } = {}): DecodedHtml {
  // fragments and plain text get a document around them, so the DOM always has a root and body
  const page = /<html[\s>]/i.test(html)
    ? html
    : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(page) as unknown as { document: DomDocument };
  // read metadata before Readability, which rewrites the document it is given
  const publishedAt = publishedDate(document);
  const metaTitle =
    meta(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ??
    clean(document.title);
  const metaSite =
    meta(document, ['meta[property="og:site_name"]', 'meta[name="application-name"]']) ??
    jsonLd(document, (o) => authorName(o.publisher));
  const metaByline =
    meta(document, ['meta[name="author"]', 'meta[property="article:author"]']) ??
    jsonLd(document, (o) => authorName(o.author));
  const fallbackText = document.body ? blockText(document.body, FALLBACK_SKIP) : '';

  let article: ReturnType<Readability<DomNode>['parse']> = null;
  try {
    // on pages with too little text Readability picks navigation as "the article"; stripping is better there
    if (isProbablyReaderable(document)) {
      article = new Readability<DomNode>(document, {
        serializer: (n: unknown) => n as DomNode,
      }).parse();
    }
  } catch {
    // Readability throws on some degenerate DOMs; the tag-stripping fallback below covers them
    article = null;
  }
  const readable = article?.content ? blockText(article.content, SKIP) : '';
  let body = readable || fallbackText;
  body = normaliseText(body);

  let title = clean(article?.title) ?? metaTitle;
  const firstPara = body.split('\n\n', 1)[0]?.replace(/\s+/g, ' ').trim() ?? '';
  // "<headline> - <site>" in <title>: compare with the headline part only
  const titleCore = title?.split(/\s+[-|–—]\s+/)[0] ?? '';
  const headingLike = firstPara.split(' ').length <= 30 && !/[.:;]$/.test(firstPara);
  if (title && titleCore && firstPara.startsWith(titleCore) && headingLike) {
    // the page's own headline often says more than <title> ("… as ties deepen"): keep the fuller one
    if (firstPara.length >= titleCore.length) title = firstPara;
  } else if (title) body = body ? `${title}\n\n${body}` : title;
  const byline = clean(article?.byline) ?? metaByline;
  const siteName = clean(article?.siteName) ?? metaSite ?? siteFromUrl(options.url);
  const published = publishedAt ?? clean(article?.publishedTime);
  return {
    text: body,
    ...(title ? { title } : {}),
    ...(byline ? { byline } : {}),
    ...(published ? { publishedAt: published } : {}),
    ...(siteName ? { siteName } : {}),
  };
}

/** "https://www.reuters.com/world/…" → "reuters.com": a last resort for the outlet. */
function siteFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}
