import { createHash } from 'node:crypto';
import type { EntityType, Extraction, Quad } from '@newsgraph/schemas';
import type { GraphWriteItem } from './prepare-items.js';

interface Actor {
  id: string;
  type: EntityType;
  name: string;
  short: string;
  country?: string;
  title?: string;
}

const COUNTRIES: Actor[] = [
  ['USA', 'United States'], ['RUS', 'Russia'], ['CHN', 'China'], ['PRK', 'North Korea'], ['KOR', 'South Korea'],
  ['UKR', 'Ukraine'], ['IND', 'India'], ['PAK', 'Pakistan'], ['FRA', 'France'], ['DEU', 'Germany'],
  ['JPN', 'Japan'], ['IRN', 'Iran'], ['ISR', 'Israel'], ['TUR', 'Turkey'], ['BRA', 'Brazil'],
].map(([iso, name]) => ({ id: `country:${iso}`, type: 'Country' as const, name: name!, short: name! }));

const FIRST = ['Anna', 'Boris', 'Chen', 'Dara', 'Emil', 'Fatima', 'Goran', 'Hana', 'Ivan', 'Jae', 'Kofi', 'Lena', 'Marco', 'Nadia', 'Omar', 'Priya'];
const LAST = ['Novak', 'Petrov', 'Wei', 'Okafor', 'Schmidt', 'Haddad', 'Ivanov', 'Kim', 'Rossi', 'Tanaka', 'Silva', 'Khan'];
const TITLES = ['President', 'Prime Minister', 'Foreign Minister', 'leader', 'Defence Minister'];
const ORGS = ['United Nations', 'NATO', 'European Union', 'World Bank', 'African Union', 'Red Cross', 'OPEC', 'Interpol'];

const STANCES: { verb: string; kind: string; quad: Quad; polarity: 1 | -1 }[] = [
  { verb: 'praised', kind: 'praise', quad: 'verbal_cooperation', polarity: 1 },
  { verb: 'backed', kind: 'support', quad: 'verbal_cooperation', polarity: 1 },
  { verb: 'sent aid to', kind: 'aid', quad: 'material_cooperation', polarity: 1 },
  { verb: 'signed a deal with', kind: 'agree', quad: 'verbal_cooperation', polarity: 1 },
  { verb: 'accused', kind: 'accuse', quad: 'verbal_conflict', polarity: -1 },
  { verb: 'criticised', kind: 'criticise', quad: 'verbal_conflict', polarity: -1 },
  { verb: 'threatened', kind: 'threaten', quad: 'verbal_conflict', polarity: -1 },
  { verb: 'attacked', kind: 'attack', quad: 'material_conflict', polarity: -1 },
  { verb: 'sanctioned', kind: 'sanction', quad: 'material_conflict', polarity: -1 },
];

/** Small deterministic PRNG (mulberry32), so a seed always gives the same corpus. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticCorpusOptions {
  /** Number of documents (default 200). */
  size?: number;
  seed?: number;
  extractorVersion?: string;
}

/**
 * A generated corpus of write items whose extractions are exact by construction: people with
 * roles toward their countries, organisations, asserted and attributed stance, sentence-level
 * co-mentions, a few two-article pages and a few identical texts from a second outlet. Used by
 * graph tests and `newsgraph bench` when no corpus file is given. Deterministic for a seed.
 */
export function syntheticCorpus(opts: SyntheticCorpusOptions = {}): GraphWriteItem[] {
  const size = opts.size ?? 200;
  const extractorVersion = opts.extractorVersion ?? 'synthetic-1';
  const rand = rng(opts.seed ?? 42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const people: Actor[] = [];
  for (let i = 0; i < 40; i++) {
    const first = FIRST[i % FIRST.length]!;
    const last = LAST[(i * 7) % LAST.length]!;
    const name = `${first} ${last}`;
    if (people.some((p) => p.name === name)) continue;
    const country = COUNTRIES[i % COUNTRIES.length]!;
    people.push({ id: `person:${name.toLowerCase().replace(/ /g, '-')}`, type: 'Person', name, short: last, country: country.id, title: TITLES[i % TITLES.length]! });
  }
  const orgs: Actor[] = ORGS.map((o) => ({ id: `org:${o.toLowerCase().replace(/ /g, '-')}`, type: 'Organization', name: o, short: o }));
  const actors = [...people, ...COUNTRIES, ...orgs];
  const countryOf = new Map(COUNTRIES.map((c) => [c.id, c]));

  const items: GraphWriteItem[] = [];
  for (let n = 0; n < size; n++) {
    const duplicateOf = n > 0 && n % 25 === 0 ? items[n - 7] : undefined;
    if (duplicateOf) {
      items.push({ ...duplicateOf, document: { ...duplicateOf.document, id: `syn-${n}`, source: 'Mirror Wire' }, sources: ['Mirror Wire'] });
      continue;
    }
    let text = '';
    const mentions = new Map<string, { actor: Actor; spans: { start: number; end: number; text: string }[] }>();
    const relations: Extraction['relations'] = [];
    const segments: Extraction['segments'] = [];
    const day = 1 + (n % 28);
    const segCount = n % 10 === 3 ? 2 : 1;
    for (let s = 0; s < segCount; s++) {
      const segStart = text.length;
      const title = `Report ${n}.${s}`;
      text += `${title}\n`;
      const sentences = 2 + Math.floor(rand() * 4);
      for (let k = 0; k < sentences; k++) {
        const a = pick(actors);
        let b = pick(actors);
        while (b.id === a.id) b = pick(actors);
        const st = pick(STANCES);
        const sentenceStart = text.length;
        const inSentence: Actor[] = [];
        const say = (actor: Actor, form: string): void => {
          const start = text.length;
          text += form;
          const m = mentions.get(actor.id) ?? { actor, spans: [] };
          m.spans.push({ start, end: text.length, text: form });
          mentions.set(actor.id, m);
          if (!inSentence.includes(actor)) inSentence.push(actor);
        };
        const attributed = rand() < 0.15 ? pick(COUNTRIES.filter((c) => c.id !== a.id && c.id !== b.id)) : undefined;
        if (attributed) {
          say(attributed, attributed.name);
          text += ' alleged that ';
        }
        if (a.type === 'Person' && rand() < 0.6) {
          const c = countryOf.get(a.country!)!;
          say(c, c.name);
          text += `'s ${a.title} `;
          say(a, a.name);
          relations.push({ type: 'HAS_ROLE', source: a.id, target: c.id, title: a.title!, segment: s });
        } else say(a, rand() < 0.3 ? a.short : a.name);
        text += ` ${st.verb} `;
        say(b, b.name);
        text += ` on June ${day}.`;
        const negated = !attributed && rand() < 0.05;
        relations.push({
          type: 'STANCE',
          source: a.id,
          target: b.id,
          polarity: st.polarity,
          quad: st.quad,
          kind: st.kind,
          intensity: st.polarity > 0 ? 3 : 6,
          evidence: { start: sentenceStart, end: text.length },
          negated,
          modality: rand() < 0.1 ? 'hedge' : null,
          attributedTo: attributed ? [attributed.id] : [],
          confidence: 0.7,
          segment: s,
        });
        const ids = inSentence.map((x) => x.id).sort();
        for (let i = 0; i < ids.length; i++) {
          for (let j = i + 1; j < ids.length; j++) {
            relations.push({ type: 'CO_MENTION', source: ids[i]!, target: ids[j]!, scope: 'sentence', count: 1, segment: s });
          }
        }
        text += k + 1 < sentences ? ' ' : '\n';
      }
      segments.push({ start: segStart, end: text.length, title, source: s === 0 ? undefined : 'Teaser Times' });
      text += s + 1 < segCount ? 'Related Articles\n' : '';
    }
    const entities: Extraction['entities'] = [...mentions.values()]
      .sort((x, y) => (x.actor.id < y.actor.id ? -1 : 1))
      .map(({ actor, spans }) => ({
        id: actor.id,
        type: actor.type,
        name: actor.name,
        mentions: spans,
        ...(actor.type === 'Country' ? { iso3: actor.id.slice(8) } : {}),
      }));
    const id = `syn-${n}`;
    items.push({
      document: {
        id,
        text,
        title: segments[0]!.title,
        source: n % 3 === 0 ? 'Wire A' : 'Wire B',
        publishedAt: `2025-06-${String(day).padStart(2, '0')}T08:00:00Z`,
        url: `https://example.org/${id}`,
      },
      contentHash: createHash('sha256').update(text).digest('hex'),
      sources: [n % 3 === 0 ? 'Wire A' : 'Wire B'],
      extraction: { id, segments: segments.map((sg) => (sg.source === undefined ? { start: sg.start, end: sg.end, title: sg.title } : sg)), entities, relations, extractorVersion },
      extractorVersion,
    });
  }
  return items;
}
