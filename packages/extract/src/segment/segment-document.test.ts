import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { linkHeadlineEnd, segmentDocument, type SegmentationInput } from './index.js';

/** What a page should become: per segment its first words, title, source, date; and dropped texts. */
interface PageCase {
  label: string;
  input: SegmentationInput;
  segments: {
    starts: string;
    ends?: string;
    title?: string;
    source?: string;
    publishedAt?: string;
    dateline?: string;
  }[];
  /** Every dropped span's text, in order. */
  dropped?: string[];
  /** Texts that must lie inside some dropped span. */
  droppedIncludes?: string[];
}

const cases: PageCase[] = [
  {
    label:
      'aggregator page: main story, credit line, widgets, related teasers with repeated outlet lines',
    input: {
      text: [
        'Brazil and Argentina sign trade pact as Lula hails new era',
        'Brazilian President Luiz Inacio Lula da Silva signed a trade agreement with Argentina on Monday, officials said.',
        'The deal cuts tariffs on cars and grain, according to a statement from the foreign ministry in Brasilia.',
        'More news like this is available on reuters.com',
        'Disclaimer: This report is auto-generated from a syndicated feed.',
        '',
        'Download Our App Today',
        'Comments',
        '3 comments',
        'Related Stories',
        '',
        'The Hindu',
        '2 hours ago',
        '- The Hindu',
        'Chile elects new leader after tight race',
        'Chileans voted on Sunday in a runoff that pitted two former ministers against each other. Read more',
        '',
        'Deutsche Welle',
        '5 mins ago',
        '- Deutsche Welle',
        'Germany pledges aid to Ukraine',
        'Germany will send more air defence systems to Ukraine, Chancellor Olaf Scholz said in Berlin.',
      ].join('\n'),
    },
    segments: [
      {
        starts: 'Brazil and Argentina sign',
        ends: 'foreign ministry in Brasilia.',
        title: 'Brazil and Argentina sign trade pact as Lula hails new era',
        source: 'Reuters',
      },
      {
        starts: 'Chile elects',
        ends: 'against each other.',
        title: 'Chile elects new leader after tight race',
        source: 'The Hindu',
      },
      {
        starts: 'Germany pledges',
        title: 'Germany pledges aid to Ukraine',
        source: 'Deutsche Welle',
      },
    ],
    dropped: [
      'More news like this is available on reuters.com',
      'Disclaimer: This report is auto-generated from a syndicated feed.',
      'Download Our App Today',
      'Comments',
      '3 comments',
      'Related Stories',
      'The Hindu',
      '2 hours ago',
      '- The Hindu',
      'Read more',
      'Deutsche Welle',
      '5 mins ago',
      '- Deutsche Welle',
    ],
  },
  {
    label:
      'news site: byline and date under the headline, share block, "You may also like" teasers with outlet · time',
    input: {
      text: [
        'Kenya and Ethiopia agree to open border crossing',
        'By Amina Yusuf',
        'Published: March 3, 2024 10:32 AM EAT',
        '',
        'Kenya and Ethiopia agreed on Saturday to reopen a key border crossing, ministers from both countries said.',
        '',
        'The move follows months of talks mediated by the African Union.',
        '',
        'Share this article',
        'Facebook | Twitter | WhatsApp',
        '',
        'You may also like',
        '',
        'Ghana central bank holds rates',
        'Reuters · 3 hours ago',
        'The Bank of Ghana kept its policy rate unchanged on Friday, citing easing inflation.',
        '',
        'Nigeria fuel prices rise again',
        'AP · 1 day ago',
        'Fuel prices in Nigeria rose for the third month running, the statistics office said.',
      ].join('\n'),
    },
    segments: [
      {
        starts: 'Kenya and Ethiopia agree',
        ends: 'the African Union.',
        title: 'Kenya and Ethiopia agree to open border crossing',
        publishedAt: '2024-03-03',
      },
      { starts: 'Ghana central bank', title: 'Ghana central bank holds rates', source: 'Reuters' },
      { starts: 'Nigeria fuel prices', title: 'Nigeria fuel prices rise again', source: 'AP' },
    ],
    droppedIncludes: [
      'Published: March 3, 2024',
      'Share this article',
      'Facebook | Twitter | WhatsApp',
      'You may also like',
      'Reuters · 3 hours ago',
      'AP · 1 day ago',
    ],
  },
  {
    label: 'plain text without a headline: one segment over the trimmed text, nothing dropped',
    input: {
      text: '\n  The European Commission said on Thursday it disagreed with German advice. It urged consumers to keep buying lamb.  \n',
      title: 'EU rejects German call',
      source: 'Reuters',
      publishedAt: '1996-08-22',
    },
    segments: [
      {
        starts: 'The European Commission',
        ends: 'keep buying lamb.',
        title: 'EU rejects German call',
        source: 'Reuters',
        publishedAt: '1996-08-22',
      },
    ],
    dropped: [],
  },
  {
    label: 'wire story with a dated dateline: the date becomes publishedAt, the agency is kept',
    input: {
      text: 'UK inflation eases\nLONDON, March 3, 2024 (Reuters) - British inflation eased in February, the Office for National Statistics said.\n',
    },
    segments: [
      {
        starts: 'UK inflation eases',
        title: 'UK inflation eases',
        publishedAt: '2024-03-03',
        dateline: 'LONDON, March 3, 2024 (Reuters) -',
      },
    ],
    dropped: [],
  },
  {
    label: 'dateline without a year: publishedAt stays the metadata, the partial date is recorded',
    input: {
      text: 'Modi meets Albanese\nNew Delhi [India], June 7 (ANI): Prime Minister Narendra Modi met Anthony Albanese on Friday.',
      publishedAt: '2025-06-08T10:00:00Z',
    },
    segments: [
      {
        starts: 'Modi meets',
        publishedAt: '2025-06-08T10:00:00Z',
        dateline: 'New Delhi [India], June 7 (ANI):',
      },
    ],
  },
  {
    label:
      'wire-style headline, byline and dateline lines stay in the article (they name people and places)',
    input: {
      text: 'EU rejects German call to boycott British lamb .\nPeter Blackburn\nBRUSSELS 1996-08-22\nThe European Commission said on Thursday it disagreed with German advice to consumers .\n',
    },
    segments: [{ starts: 'EU rejects', ends: 'advice to consumers .', publishedAt: '1996-08-22' }],
    dropped: [],
  },
  {
    label: 'reader comments under a story are dropped, the story keeps its credit line',
    input: {
      text: [
        'Japan and South Korea hold security talks',
        'Officials from Japan and South Korea met in Tokyo on Tuesday to discuss regional security.',
        'Source: Kyodo News',
        'Reader comments',
        'This is great news for the region, I think.',
        'Nobody believes these talks will lead anywhere at all.',
      ].join('\n'),
    },
    segments: [
      { starts: 'Japan and South Korea hold', ends: 'regional security.', source: 'Kyodo News' },
    ],
    droppedIncludes: [
      'Source: Kyodo News',
      'Reader comments',
      'This is great news',
      'Nobody believes',
    ],
  },
  {
    label: 'inline ALSO READ links: the headline is dropped up to where the next sentence starts',
    input: {
      text:
        'Minister resigns\nThe minister resigned on Monday, aides said. ALSO READ| Opposition demands probe into tender ' +
        "'It was a difficult decision, but the right one,' she told reporters. Also Read: Parliament adjourned " +
        'after protests However, the party said it would stay in government.',
    },
    segments: [
      { starts: 'Minister resigns', ends: 'stay in government.', title: 'Minister resigns' },
    ],
    dropped: [
      'ALSO READ| Opposition demands probe into tender',
      'Also Read: Parliament adjourned after protests',
    ],
  },
  {
    label: 'a widget in the middle of a story does not split it',
    input: {
      text: [
        'Peru protests grow',
        'Thousands marched in Lima on Saturday against the government of President Dina Boluarte.',
        'Advertisement',
        'Police said the marches were largely peaceful, though several people were detained.',
      ].join('\n'),
    },
    segments: [
      {
        starts: 'Peru protests grow',
        ends: 'several people were detained.',
        title: 'Peru protests grow',
      },
    ],
    dropped: ['Advertisement'],
  },
  {
    label: 'bullet lists and hashtags: bullets stay in the story, hashtag and share lines go',
    input: {
      text: [
        'Budget at a glance',
        'The finance minister announced the following measures on Tuesday:',
        '- Expanded service tax net',
        '- Reduced corporate tax rates',
        'Economists welcomed the plan.',
        '#Budget2025 #Economy',
        'Share: Facebook, Twitter, Email',
      ].join('\n'),
    },
    segments: [
      { starts: 'Budget at a glance', ends: 'welcomed the plan.', title: 'Budget at a glance' },
    ],
    dropped: ['#Budget2025 #Economy', 'Share: Facebook, Twitter, Email'],
  },
  {
    label: 'teaser list of bare headlines after "Read more:" is chrome',
    input: {
      text: [
        'Floods hit Pakistan',
        'Heavy rain flooded large parts of Sindh province on Wednesday, officials said.',
        'Read more:',
        'Pakistan asks for flood aid',
        'India offers help to neighbours',
      ].join('\n'),
    },
    segments: [{ starts: 'Floods hit Pakistan', ends: 'officials said.' }],
    dropped: ['Read more:', 'Pakistan asks for flood aid', 'India offers help to neighbours'],
  },
  {
    label:
      'wire story on a portal: time-first stamp, agency dateline, copyright credit, "Most Read" link list, teaser',
    input: {
      text: [
        'Leaders agree to resume military talks',
        'By JANE ROE and JOHN DOE',
        'Updated 6:32 PM EST, November 15, 2023',
        'WOODSIDE, Calif. (AP) — The two presidents agreed on Wednesday to resume military communications, officials said.',
        'Advertisement',
        'The two leaders met for four hours at an estate south of San Francisco.',
        'Copyright 2023 The Associated Press. All rights reserved. This material may not be redistributed.',
        '',
        'Most Read',
        'Storm batters coast',
        'Markets slide again',
        'Top Stories',
        '',
        'Ministers meet in Berlin',
        'Reuters',
        '45 minutes ago',
        'Foreign ministers met in Berlin on Thursday to discuss air defence.',
      ].join('\n'),
    },
    segments: [
      {
        starts: 'Leaders agree',
        ends: 'south of San Francisco.',
        title: 'Leaders agree to resume military talks',
        source: 'The Associated Press',
        publishedAt: '2023-11-15',
        dateline: 'WOODSIDE, Calif. (AP) —',
      },
      { starts: 'Ministers meet in Berlin', title: 'Ministers meet in Berlin', source: 'Reuters' },
    ],
    droppedIncludes: [
      'Updated 6:32 PM EST',
      'Advertisement',
      'Copyright 2023',
      'Most Read',
      'Storm batters coast',
      'Markets slide again',
      '45 minutes ago',
    ],
  },
  {
    label: 'breadcrumb, tag line, "You might also like" teasers separated only by blank lines',
    input: {
      text: [
        'Home | World | Asia',
        '',
        'Ministers trade barbs after ceasefire',
        '',
        'Updated: June 07, 2025 10:32 am IST',
        '',
        'New Delhi: The prime minister on Saturday accused the neighbouring government of backing armed groups.',
        '',
        'Follow us on Google News',
        'Tags: Asia, Diplomacy',
        '',
        'You might also like',
        '',
        'Berlin backs aid plan',
        'First published on Sat 7 Jun 2025 10.32 BST',
        'Berlin pledged another aid package on Friday, the chancellor said.',
        '',
        'Commission fines tech giant',
        'The European Commission fined the company on Thursday. Read more »',
      ].join('\n'),
    },
    segments: [
      {
        starts: 'Ministers trade barbs',
        ends: 'backing armed groups.',
        title: 'Ministers trade barbs after ceasefire',
        publishedAt: '2025-06-07',
      },
      {
        starts: 'Berlin backs aid plan',
        ends: 'the chancellor said.',
        title: 'Berlin backs aid plan',
        publishedAt: '2025-06-07',
      },
      { starts: 'Commission fines', ends: 'on Thursday.', title: 'Commission fines tech giant' },
    ],
    droppedIncludes: [
      'Home | World | Asia',
      'Follow us on Google News',
      'Tags: Asia, Diplomacy',
      'You might also like',
      'Read more »',
    ],
  },
  {
    label:
      'cookie banner before the story, image captions under the headline, wire credit and paywall after',
    input: {
      text: [
        'We use cookies to improve your experience. By continuing you agree to our cookie policy.',
        'Accept all cookies',
        '',
        'Chile and Peru sign water deal',
        'Image source, Getty Images',
        'Image caption, Officials at the signing ceremony in Lima',
        'Chile and Peru signed an agreement on Tuesday to share water from a border river, officials said.',
        'The deal ends a dispute that has lasted more than a decade.',
        '(Reporting by Ana Ruiz; Editing by Mark Stone)',
        'Subscribe to continue reading',
      ].join('\n'),
    },
    segments: [
      {
        starts: 'Chile and Peru sign water deal',
        ends: 'more than a decade.',
        title: 'Chile and Peru sign water deal',
      },
    ],
    dropped: [
      'We use cookies to improve your experience. By continuing you agree to our cookie policy.',
      'Accept all cookies',
      'Image source, Getty Images',
      'Image caption, Officials at the signing ceremony in Lima',
      '(Reporting by Ana Ruiz; Editing by Mark Stone)',
      'Subscribe to continue reading',
    ],
  },
  {
    label:
      'press release: release markers, "About <company>" boilerplate and media contact dropped',
    input: {
      text: [
        'FOR IMMEDIATE RELEASE',
        'Acme Corp and the World Bank announce clean water partnership',
        'WASHINGTON, March 3, 2024 -- Acme Corp and the World Bank said on Monday they would fund water projects in Kenya.',
        'The partnership will run for five years.',
        'About Acme Corp',
        'Acme Corp makes water filters.',
        'Media contact:',
        'Jane Roe, press@acme.example',
        '###',
      ].join('\n'),
    },
    segments: [
      {
        starts: 'Acme Corp and the World Bank announce',
        ends: 'run for five years.',
        title: 'Acme Corp and the World Bank announce clean water partnership',
        publishedAt: '2024-03-03',
      },
    ],
    dropped: [
      'FOR IMMEDIATE RELEASE',
      'About Acme Corp',
      'Acme Corp makes water filters.',
      'Media contact:',
      'Jane Roe, press@acme.example',
      '###',
    ],
  },
  {
    label: 'empty text: one empty segment',
    input: { text: '' },
    segments: [{ starts: '' }],
    dropped: [],
  },
];

function check(c: PageCase): void {
  const { text } = c.input;
  const r = segmentDocument(c.input);
  expect(r.segments.map((s) => text.slice(s.start, s.end).slice(0, 30))).toHaveLength(
    c.segments.length,
  );
  c.segments.forEach((want, i) => {
    const got = r.segments[i]!;
    const body = text.slice(got.start, got.end);
    expect(body.startsWith(want.starts), `segment ${i} starts "${body.slice(0, 40)}"`).toBe(true);
    if (want.ends !== undefined)
      expect(body.endsWith(want.ends), `segment ${i} ends "${body.slice(-40)}"`).toBe(true);
    if ('title' in want) expect(got.title).toBe(want.title);
    if ('source' in want) expect(got.source).toBe(want.source);
    if ('publishedAt' in want) expect(got.publishedAt).toBe(want.publishedAt);
    if ('dateline' in want) expect(got.dateline?.text).toBe(want.dateline);
  });
  const droppedTexts = r.dropped.map((d) => text.slice(d.start, d.end));
  if (c.dropped) expect(droppedTexts).toEqual(c.dropped);
  for (const inc of c.droppedIncludes ?? []) {
    expect(
      droppedTexts.some((d) => d.includes(inc)),
      `"${inc}" dropped; dropped: ${JSON.stringify(droppedTexts)}`,
    ).toBe(true);
  }
}

describe('segmentDocument: page layouts', () => {
  test.each(cases)('$label', (c) => check(c));
});

describe('segmentDocument: the seed page (golden)', () => {
  const path = fileURLToPath(
    new URL('../../../../fixtures/articles/seed-page.txt', import.meta.url),
  );
  const text = readFileSync(path, 'utf8');
  const r = segmentDocument({ text });

  test('four articles with their own titles and outlets', () => {
    expect(r.segments.map((s) => [s.title, s.source])).toEqual([
      [
        "North Korea's Kim Jong Un vows full backing for Vladimir Putin as ties with Russia deepen",
        'Bloomberg',
      ],
      [
        "Russia Destroys Ukraine's Bridge Over Oskol River; Revenge Strike After Kyiv's Attacks",
        'Time of India',
      ],
      [
        '"Stopped war between India and Pakistan, it could have gone nuclear...": US President Trump',
        'India Gazette',
      ],
      ["Putin's ‘secret daughter' embarrasses him with an anti-war move", 'Hindustan Times'],
    ]);
  });

  test('the ANI dateline is read without inventing a year', () => {
    expect(r.segments[2]?.dateline).toMatchObject({
      place: 'Washington DC [US]',
      date: '--06-07',
      agency: 'ANI',
    });
    expect(r.segments[2]?.publishedAt).toBeUndefined();
  });

  test('page chrome is dropped and no article contains it', () => {
    const droppedTexts = r.dropped.map((d) => text.slice(d.start, d.end));
    for (const chrome of [
      'Hashtags',
      'Try Our AI Features',
      'Explore what Daily8 AI can do for you:',
      'Comments',
      'No comments yet...',
      'Related Articles',
      'Read More',
      'an hour ago',
      '- Time of India',
    ]) {
      expect(droppedTexts, chrome).toContain(chrome);
    }
    expect(droppedTexts.filter((d) => d.startsWith('ALSO READ|'))).toEqual([
      "ALSO READ| Congress asks PM to clarify Putin aide's 'Trump halted India-Pak clash' claim",
      "ALSO READ| Lavrov's first speech after Putin launches huge revenge attack on Ukraine",
    ]);
    const kept = r.segments.map((s) => text.slice(s.start, s.end)).join('\n');
    for (const chrome of ['Daily8', 'Hashtags', 'Related Articles', 'Disclaimer'])
      expect(kept).not.toContain(chrome);
    expect(
      r.segments[0] &&
        text.slice(r.segments[0].start, r.segments[0].end).endsWith('end the war in Ukraine.'),
    ).toBe(true);
    expect(
      r.segments[1] &&
        text.slice(r.segments[1].start, r.segments[1].end).endsWith('more retaliatory strikes.'),
    ).toBe(true);
  });
});

describe('linkHeadlineEnd', () => {
  test.each([
    { label: 'line end', s: 'ALSO READ| Rains lash Mumbai\nNext', want: 'Rains lash Mumbai' },
    { label: 'full stop', s: 'READ: Rains lash Mumbai. The city', want: 'Rains lash Mumbai.' },
    {
      label: 'quoted phrase kept, quoted sentence not',
      s: "ALSO READ| PM calls it 'a new dawn' for ties 'We will act now,' he said",
      want: "PM calls it 'a new dawn' for ties",
    },
    {
      label: 'sentence opener with comma',
      s: 'ALSO READ| Rains lash Mumbai again However, the city',
      want: 'Rains lash Mumbai again',
    },
    {
      label: 'Title Case headline keeps "In"',
      s: 'ALSO READ| Blast In Kabul Kills Three\nNext',
      want: 'Blast In Kabul Kills Three',
    },
  ])('$label', ({ s, want }) => {
    const from = s.indexOf(' ', s.search(/[|:]/)) + 1;
    expect(s.slice(from, linkHeadlineEnd(s, from))).toBe(want);
  });
});

describe('segmentDocument: invariants on any input', () => {
  test.each([
    {
      label: 'one 5 MB line full of link markers',
      text: 'Talks went on. ALSO READ| Rains lash city However, more. '.repeat(90_000),
    },
    {
      label: '5,000 teasers',
      text: 'Outlet\nan hour ago\n- Outlet\nHeadline here\nThe minister spoke. Read More\n'.repeat(
        5_000,
      ),
    },
    { label: 'control characters only', text: '\u0000\u0001\u0002 \t\r\n'.repeat(100_000) },
  ])(
    'large or odd input gives a valid result: $label',
    ({ text }) => {
      const r = segmentDocument({ text });
      expect(r.segments.length).toBeGreaterThan(0);
      for (const s of [...r.segments, ...r.dropped]) {
        expect(s.start).toBeGreaterThanOrEqual(0);
        expect(s.end).toBeLessThanOrEqual(text.length);
      }
    },
    60_000,
  );

  test('segments and dropped spans are in range, ordered and disjoint', () => {
    const line = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc.constantFrom(
        'Related Articles',
        'an hour ago',
        '- Time of India',
        'Read More',
        'ALSO READ| x y z',
        'Comments',
        '',
        'Reuters · 2 hours ago',
        'June 7, 2025',
      ),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 25 }), (lines) => {
        const text = lines.join('\n');
        const r = segmentDocument({ text });
        expect(r.segments.length).toBeGreaterThan(0);
        let prevEnd = 0;
        for (const s of r.segments) {
          expect(s.start).toBeGreaterThanOrEqual(prevEnd);
          expect(s.end).toBeGreaterThanOrEqual(s.start);
          expect(s.end).toBeLessThanOrEqual(text.length);
          prevEnd = s.end;
        }
        prevEnd = 0;
        for (const d of r.dropped) {
          expect(d.start).toBeGreaterThanOrEqual(prevEnd);
          expect(d.end).toBeGreaterThan(d.start);
          expect(d.end).toBeLessThanOrEqual(text.length);
          prevEnd = d.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});
