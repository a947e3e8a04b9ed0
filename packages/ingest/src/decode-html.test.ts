import { describe, expect, test } from 'vitest';
import { decodeHtml } from './decode-html.js';

const para = (s: string): string => `<p>${s}</p>`;
const story = [
  'Seoul and Tokyo agreed on Monday to resume regular security talks, officials from both governments said in a joint statement.',
  'The talks had been suspended for three years amid a dispute over wartime labour, which both sides now say they want to put behind them.',
  'South Korean President Lee Jae-myung said the agreement was &ldquo;a new start&rdquo; for the two neighbours and their alliance with the United States.',
  'Japan&rsquo;s foreign ministry said the first meeting would take place in Tokyo next month, with defence officials from both countries attending.',
]
  .map(para)
  .join('\n');

const articlePage = `<!doctype html><html><head>
<title>Seoul, Tokyo resume security talks | Example News</title>
<meta property="og:title" content="Seoul, Tokyo resume security talks">
<meta property="og:site_name" content="Example News">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2025-06-07T09:30:00+09:00">
<script>var tracking = "Kim Jong Un";</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<header><h1>Seoul, Tokyo resume security talks</h1></header>
<article>${story}</article>
<footer>Copyright Example News. All rights reserved.</footer>
</body></html>`;

describe('decodeHtml', () => {
  test('readable article: headline first, paragraphs kept, metadata from meta tags', () => {
    const d = decodeHtml(articlePage, { url: 'https://news.example.com/a/1' });
    expect(d.title).toBe('Seoul, Tokyo resume security talks');
    expect(d.siteName).toBe('Example News');
    expect(d.byline).toBe('Jane Doe');
    expect(d.publishedAt).toBe('2025-06-07T09:30:00+09:00');
    const paras = d.text.split('\n\n');
    expect(paras[0]).toBe('Seoul, Tokyo resume security talks');
    expect(paras[1]).toMatch(/^Seoul and Tokyo agreed on Monday/);
    expect(paras).toHaveLength(5);
    // entities decoded and quotes made straight; no script, nav or footer text
    expect(d.text).toContain('"a new start"');
    expect(d.text).toContain("Japan's foreign ministry");
    expect(d.text).not.toContain('tracking');
    expect(d.text).not.toContain('All rights reserved');
    expect(d.text).not.toMatch(/\bHome\b/);
  });

  test('date from JSON-LD (inside @graph) when there is no meta tag; author from JSON-LD', () => {
    const page = `<html><head><title>Talks</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},
{"@type":"NewsArticle","datePublished":"2024-03-03T08:00:00Z","author":[{"@type":"Person","name":"Amina Yusuf"}],
"publisher":{"@type":"Organization","name":"Daily Planet"}}]}</script>
<script type="application/ld+json">{ not json</script></head>
<body><article>${story}</article></body></html>`;
    const d = decodeHtml(page);
    expect(d.publishedAt).toBe('2024-03-03T08:00:00Z');
    expect(d.siteName).toBe('Daily Planet');
  });

  test('date from <time datetime> as a last resort', () => {
    const page = `<html><head><title>Talks</title></head><body><article><time datetime="2023-11-02">2 Nov</time>${story}</article></body></html>`;
    expect(decodeHtml(page).publishedAt).toBe('2023-11-02');
  });

  test('no article found: falls back to the tag-stripped text with line breaks', () => {
    const page =
      '<html><body><nav>Menu</nav><div>Short note from Kyiv.<br>Second line</div><script>x()</script></body></html>';
    const d = decodeHtml(page);
    expect(d.text).toBe('Short note from Kyiv.\nSecond line');
    expect(d.title).toBeUndefined();
  });

  test.each([
    { label: 'empty string', html: '' },
    { label: 'not HTML at all', html: 'just some text & more' },
    { label: 'unclosed tags', html: '<div><p>Open <b>bold <i>italic' },
  ])('degenerate input gives a result, not an exception: $label', ({ html }) => {
    const d = decodeHtml(html);
    expect(typeof d.text).toBe('string');
  });

  test('the headline on the page wins over a shorter <title>, and is not repeated', () => {
    const page = `<html><head><title>Talks resume - Example News</title></head><body><article><h1>Talks resume after three years</h1>${story}</article></body></html>`;
    const d = decodeHtml(page);
    expect(d.title).toBe('Talks resume after three years');
    expect(d.text.split('\n\n')[0]).toBe('Talks resume after three years');
    expect(d.text.match(/Talks resume/g)).toHaveLength(1);
  });

  test('unicode is NFC-normalised', () => {
    const d = decodeHtml('<html><body><p>Cafe\u0301 in Mu\u0308nchen</p></body></html>');
    expect(d.text).toBe('Café in München'.normalize('NFC'));
  });

  test('site name from the URL when the page names none', () => {
    const page = `<html><head><title>Talks</title></head><body><article>${story}</article></body></html>`;
    expect(decodeHtml(page, { url: 'https://www.reuters.com/world/x' }).siteName).toBe(
      'reuters.com',
    );
  });
});
