import type { EntityType } from '@newsgraph/schemas';
import type { Sentence } from '../types.js';
import type { ExtractResources } from '../resources.js';
import type { MentionCandidate } from '../mentions/find-mentions.js';
import { surfaceKey } from '../mentions/settle-mentions.js';
import { slugify } from './slugify.js';
import { compareText } from '../text-order.js';
import { singleSpaced } from '../single-spaced.js';

/** A resolved entity: its id, type, canonical name and the candidates that refer to it. */
export interface ResolvedEntity {
  id: string;
  type: EntityType;
  name: string;
  iso3?: string;
  mentions: MentionCandidate[];
}

/** The result of resolution: entities by id, and the entity id of each mention. */
export interface Resolution {
  entities: Map<string, ResolvedEntity>;
  entityOf: Map<MentionCandidate, string>;
}

const LETTER = /\p{L}/u;

/** Name words of a person mention, normalised ("J.D. Vance" → ["jd", "vance"]). */
function nameWords(text: string): string[] {
  return text
    .split(/\s+/)
    .filter((w) => LETTER.test(w))
    .map((w) => surfaceKey(w));
}

interface PersonCluster {
  words: string[][];
  mentions: MentionCandidate[];
  pinned?: { id: string; name: string };
  segment: number;
  firstStart: number;
}

/** Same person by name: same first and last word, and one name's words all in the other. */
function sameFullName(a: string[], b: string[]): boolean {
  if (a.length < 2 || b.length < 2) return false;
  if (a[0] !== b[0] || a[a.length - 1] !== b[b.length - 1]) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.every((w) => long.includes(w));
}

/** Index of the last value in the ascending `starts` below `limit`, or -1 (binary search). */
function lastIndexBefore(starts: readonly number[], limit: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The largest value in the ascending `starts` below `limit`, or -1. */
function lastStartBefore(starts: readonly number[], limit: number): number {
  const i = lastIndexBefore(starts, limit);
  return i >= 0 ? (starts[i] as number) : -1;
}

/** The fullest name: most words, then alphabetical, so ids never depend on order. */
function fullest(names: readonly string[]): string {
  let best = '';
  let bestWords = -1;
  for (const name of new Set(names)) {
    // words = spaces + 1, counted without splitting
    let words = 1;
    for (let at = name.indexOf(' '); at !== -1; at = name.indexOf(' ', at + 1)) words++;
    if (words > bestWords || (words === bestWords && compareText(name, best) < 0)) {
      best = name;
      bestWords = words;
    }
  }
  return best;
}

/**
 * Finds "Liza (short for Elizaveta)", "Liza, short for Elizaveta", "Elizaveta, known as Liza":
 * the text itself equates two first names.
 */
function aliasEquations(sentences: readonly Sentence[], persons: readonly MentionCandidate[]): Map<string, string> {
  const eq = new Map<string, string>();
  for (const m of persons) {
    const toks = sentences[m.sentence]?.tokens ?? [];
    const after = toks.slice(m.to, m.to + 5).map((t) => t.normal);
    let k = 0;
    if (after[k] === '(' || after[k] === ',') k++;
    if (after[k] === 'short' && after[k + 1] === 'for') {
      const target = toks[m.to + k + 2];
      if (target && /^\p{Lu}/u.test(target.text)) eq.set(surfaceKey(m.text), surfaceKey(target.text));
    } else if ((after[k] === 'known' && after[k + 1] === 'as') || (after[k] === 'also' && after[k + 2] === 'as')) {
      const target = toks[m.to + k + (after[k] === 'also' ? 3 : 2)];
      if (target && /^\p{Lu}/u.test(target.text)) eq.set(surfaceKey(target.text), surfaceKey(m.text));
    }
  }
  return eq;
}

/**
 * Within-article resolution and linking. Countries join by ISO code; organisations by
 * gazetteer identity, normalised name or acronym; people by full name (middle names may be
 * missing), and a single name ("Kim", "Putin", "Liza") joins the person whose first or last
 * name it is — never a guess between two people unless the text is nearer to one of them. Ids
 * come from the fullest name, so they do not depend on mention order.
 */
export function resolveEntities(
  resources: ExtractResources,
  sentences: readonly Sentence[],
  mentions: readonly MentionCandidate[],
): Resolution {
  const entities = new Map<string, ResolvedEntity>();
  const entityOf = new Map<MentionCandidate, string>();
  const addTo = (id: string, type: EntityType, name: string, m: MentionCandidate, iso3?: string): void => {
    let e = entities.get(id);
    if (!e) {
      e = { id, type, name, mentions: [] };
      if (iso3) e.iso3 = iso3;
      entities.set(id, e);
    }
    e.mentions.push(m);
    entityOf.set(m, id);
  };
  const segOf = (m: MentionCandidate): number => sentences[m.sentence]?.segment ?? 0;

  // Countries and pinned identities.
  const rest: MentionCandidate[] = [];
  for (const m of mentions) {
    const entry = m.entry;
    if (m.type === 'Country' && entry?.id) addTo(entry.id, 'Country', entry.name, m, entry.iso3);
    else rest.push(m);
  }

  // Organisations.
  const orgs = rest.filter((m) => m.type === 'Organization');
  const orgKey = new Map<MentionCandidate, string>();
  const orgNames = new Map<string, string>();
  for (const m of orgs) {
    const name = m.entry?.name ?? m.text;
    const key = m.entry?.id ?? `org:${slugify(name)}`;
    orgKey.set(m, key);
    orgNames.set(key, name);
  }
  // Acronyms join the organisation whose initials they spell ("KCNA", "European Union" / "EU").
  const initials = new Map<string, string>();
  for (const [key, name] of orgNames) {
    const words = name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
    if (words.length >= 2) initials.set(words.map((w) => w[0]).join(''), key);
  }
  for (const m of orgs) {
    if (m.via === 'acronym' || (!m.entry && /^[\p{Lu}]{2,6}$/u.test(m.text))) {
      const target = initials.get(m.text);
      if (target) orgKey.set(m, target);
    }
  }
  for (const m of orgs) {
    const key = orgKey.get(m) as string;
    const id = key.startsWith('org:') || m.entry?.kind === 'user' ? qualifyOrg(resources, sentences, mentions, m, key, orgNames.get(key) ?? m.text) : key;
    addTo(id, 'Organization', orgNames.get(key) ?? m.text, m, m.entry?.iso3);
  }

  // People.
  const persons = rest.filter((m) => m.type === 'Person');
  const equations = aliasEquations(sentences, persons);
  const clusters: PersonCluster[] = [];
  const clusterIndex = new Map<string, PersonCluster[]>();
  const singles: MentionCandidate[] = [];
  for (const m of persons) {
    const words = nameWords(m.text);
    // Pinned identities: the user's dictionary, or a curated well-known person (canonical name).
    const pinned =
      m.entry?.kind === 'user' && m.entry.id
        ? { id: m.entry.id, name: m.entry.name }
        : m.entry?.kind === 'person' && words.length >= 2
          ? { id: `person:${slugify(m.entry.name)}`, name: m.entry.name }
          : undefined;
    if (words.length < 2 && !pinned) {
      singles.push(m);
      continue;
    }
    const seg = segOf(m);
    // Candidates share the first and last word (and the segment), or the pinned id: an index keeps
    // this linear on long documents.
    const indexKey = pinned ? `pin|${pinned.id}` : `${seg}|${words[0] ?? ''}|${words[words.length - 1] ?? ''}`;
    const bucket = clusterIndex.get(indexKey) ?? [];
    const found = pinned ? bucket[0] : bucket.find((c) => c.words.some((w) => sameFullName(w, words)));
    if (found) {
      const joined = words.join(' ');
      if (!found.words.some((w) => w.join(' ') === joined)) found.words.push(words);
      found.mentions.push(m);
    } else {
      const c: PersonCluster = { words: [words], mentions: [m], segment: seg, firstStart: m.start };
      if (pinned) c.pinned = pinned;
      clusters.push(c);
      bucket.push(c);
      clusterIndex.set(indexKey, bucket);
    }
  }
  // A single name joins the person whose last (or, failing that, first) name it is; among
  // several, the nearest full mention before it, else the first after it.
  // Index full names by their first and last words so a single name finds its candidates directly.
  const byPart = { last: new Map<string, PersonCluster[]>(), first: new Map<string, PersonCluster[]>() };
  for (const c of clusters)
    for (const w of c.words) {
      if (w.length < 2) continue;
      for (const [part, word] of [['last', w[w.length - 1]], ['first', w[0]]] as const) {
        if (word === undefined) continue;
        const list = byPart[part].get(word) ?? [];
        if (!list.includes(c)) list.push(c);
        byPart[part].set(word, list);
      }
    }
  // Starts of each cluster's full-name mentions, in text order (candidates arrive sorted).
  const fullStarts = new Map<PersonCluster, number[]>();
  for (const c of clusters) fullStarts.set(c, c.mentions.map((x) => x.start));
  /** Candidates in `seg` (or anywhere in the document when `seg` is undefined). */
  const pick = (word: string, m: MentionCandidate, seg: number | undefined): PersonCluster | undefined => {
    for (const part of ['last', 'first'] as const) {
      const hits = (byPart[part].get(word) ?? []).filter((c) => seg === undefined || c.segment === seg);
      if (hits.length === 1) return hits[0];
      if (hits.length > 1) {
        const before = hits
          .map((c) => ({ c, at: lastStartBefore(fullStarts.get(c) ?? [], m.start) }))
          .filter((x) => x.at >= 0)
          .sort((a, b) => b.at - a.at);
        if (before[0]) return before[0].c;
        return [...hits].sort((a, b) => a.firstStart - b.firstStart)[0];
      }
    }
    return undefined;
  };
  const singleClusters = new Map<string, PersonCluster>();
  for (const m of singles) {
    const word = surfaceKey(m.text.split(/\s+/).filter((w) => LETTER.test(w)).join(' '));
    const seg = segOf(m);
    let target = pick(word, m, seg);
    if (!target && equations.has(word)) target = pick(equations.get(word) as string, m, seg);
    if (!target) target = pick(word, m, undefined);
    if (target) {
      target.mentions.push(m);
      // The latest reference counts for the next ambiguous name, whether full or not.
      const starts = fullStarts.get(target);
      if (starts) starts.splice(lastIndexBefore(starts, m.start) + 1, 0, m.start);
      continue;
    }
    // A well-known person named by surname alone ("Trump said"): the curated canonical identity.
    if (m.entry?.kind === 'person') {
      const id = `person:${slugify(m.entry.name)}`;
      let c = clusterIndex.get(`pin|${id}`)?.[0];
      if (!c) {
        c = { words: [nameWords(m.entry.name)], mentions: [], segment: seg, firstStart: m.start, pinned: { id, name: m.entry.name } };
        clusters.push(c);
        clusterIndex.set(`pin|${id}`, [c]);
      }
      c.mentions.push(m);
      continue;
    }
    const key = `${seg}|${word}`;
    const sc = singleClusters.get(key) ?? { words: [[word]], mentions: [], segment: seg, firstStart: m.start };
    sc.mentions.push(m);
    singleClusters.set(key, sc);
  }
  const pinnedIds = new Set(clusters.filter((c) => c.pinned).map((c) => c.pinned?.id));
  for (const c of [...clusters, ...singleClusters.values()]) {
    let name = c.pinned?.name;
    if (name === undefined) {
      let maxWords = 0;
      for (const w of c.words) maxWords = Math.max(maxWords, w.length);
      const texts = new Set<string>();
      for (const m of c.mentions) texts.add(singleSpaced(m.text));
      name = fullest([...texts].filter((t) => nameWords(t).length === maxWords));
    }
    const id = c.pinned?.id ?? `person:${slugify(name)}`;
    for (const m of c.mentions) addTo(id, 'Person', name, m);
  }
  // Canonical person names: the fullest form across all clusters that share an id.
  for (const e of entities.values())
    if (e.type === 'Person' && e.id.startsWith('person:') && !pinnedIds.has(e.id))
      e.name = fullest([...new Set(e.mentions.map((m) => m.text))].map(singleSpaced));
  return { entities, entityOf };
}

/**
 * "Democratic Party" in South Korea is not the US one: generic names get the country the text
 * ties them to (a country right before them, or the one country named earlier in the sentence).
 */
function qualifyOrg(
  resources: ExtractResources,
  sentences: readonly Sentence[],
  mentions: readonly MentionCandidate[],
  m: MentionCandidate,
  key: string,
  name: string,
): string {
  if (!resources.cues.countryQualifiedOrgs.has(name.toLowerCase().replace(/^the\s+/, ''))) return key;
  if (m.entry?.iso3) return `${key}-${m.entry.iso3.toLowerCase()}`;
  const inSentence = mentions.filter((x) => x.sentence === m.sentence && x.type === 'Country' && x.start < m.start);
  const toks = sentences[m.sentence]?.tokens ?? [];
  const adjacent = inSentence.find((x) => x.to === m.from || (x.to + 1 === m.from && (toks[x.to])?.normal === "'s"));
  const iso = adjacent?.entry?.iso3 ?? (new Set(inSentence.map((x) => x.entry?.iso3)).size === 1 ? inSentence[0]?.entry?.iso3 : undefined);
  return iso ? `${key}-${iso.toLowerCase()}` : key;
}
