import countriesJson from 'world-countries/countries.json' with { type: 'json' };
import type { Country } from 'world-countries';
import type { EntityType } from '@newsgraph/schemas';
import extras from '../data/country-extras.json' with { type: 'json' };
import orgData from '../data/organizations.json' with { type: 'json' };
import peopleData from '../data/people.json' with { type: 'json' };
import type { AliasEntry } from '../link/parse-alias-dictionary.js';
import { normalizeKey } from './normalize-key.js';
import type { WinkNlp } from '../resources.js';

/** What a gazetteer phrase names. */
export interface GazetteerEntry {
  kind: 'country' | 'demonym' | 'capital' | 'org' | 'user' | 'place' | 'person';
  type: EntityType;
  /** Pinned entity id (`country:RUS`, a user's id) or undefined (built from `name` when linking). */
  id?: string;
  /** Canonical name of the entity. */
  name: string;
  iso3?: string;
  /** Exact surface tokens of the alias (for case checks). */
  surface: readonly string[];
  /** Acronyms and short forms must match case exactly ("US" vs "us", "WHO" vs "who"). */
  caseSensitive: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entries: GazetteerEntry[];
}

/** Countries, demonyms, capitals, organisations and user aliases, matched on token sequences. */
export interface Gazetteer {
  root: TrieNode;
  /** ISO3 → common English name. */
  countryNames: ReadonlyMap<string, string>;
  /** Longest alias in tokens. */
  maxTokens: number;
}

type ExtrasShape = {
  names: Record<string, string[]>;
  demonyms: Record<string, string[]>;
  capitals: Record<string, string[]>;
  dropAliases: string[];
  ambiguousCapitals: string[];
  nonCountryRegions: string[];
  notEntities: string[];
  subnationalPlaces: string[];
};

type OrgShape = { organizations: { name: string; aliases: string[]; country?: string; id?: string }[] };

/** Short or all-capital forms are acronyms: they must match with the same case. */
function isAcronymLike(alias: string): boolean {
  const letters = alias.replace(/[^\p{L}]/gu, '');
  return letters.length <= 3 || (letters === letters.toUpperCase() && letters.length <= 6);
}

/**
 * Builds the phrase trie. Aliases are tokenised with the same wink-nlp model as documents, so a
 * phrase matches exactly the token sequence wink will produce for it.
 */
export function buildGazetteer(nlp: WinkNlp, userAliases: readonly AliasEntry[]): Gazetteer {
  const its = nlp.its;
  const root: TrieNode = { next: new Map(), entries: [] };
  let maxTokens = 1;
  const seen = new Set<string>();
  const add = (alias: string, entry: Omit<GazetteerEntry, 'surface' | 'caseSensitive'>, caseSensitive?: boolean): void => {
    const surface = nlp
      .readDoc(alias)
      .tokens()
      // eslint-disable-next-line @typescript-eslint/unbound-method -- wink's its.* are plain accessors
      .out(its.value)
      .filter((t) => t.trim() !== '');
    if (surface.length === 0) return;
    const dedupe = `${entry.kind}|${entry.id ?? entry.name}|${surface.join(' ')}`;
    if (seen.has(dedupe)) return;
    seen.add(dedupe);
    let node = root;
    for (const tok of surface) {
      const key = normalizeKey(tok);
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map(), entries: [] };
        node.next.set(key, child);
      }
      node = child;
    }
    node.entries.push({ ...entry, surface, caseSensitive: caseSensitive ?? isAcronymLike(alias) });
    // Stable order of preference among homographs: user pins, organisations, country names,
    // demonyms, capitals; within a kind, sovereign states before territories ("Dutch" is NLD, not BES).
    node.entries.sort((a, b) => rank(a) - rank(b));
    maxTokens = Math.max(maxTokens, surface.length);
  };

  const countries = countriesJson as unknown as Country[];
  const ex = extras as ExtrasShape;
  const sovereign = new Set(countries.filter((c) => c.unMember || c.cca3 === 'UNK').map((c) => (c.cca3 === 'UNK' ? 'XKX' : c.cca3)));
  const kindRank = { user: 0, place: 1, org: 2, person: 3, country: 4, demonym: 5, capital: 6 } as const;
  const rank = (e: GazetteerEntry): number => kindRank[e.kind] * 10 + (e.iso3 && !sovereign.has(e.iso3) ? 1 : 0);
  const drop = new Set(ex.dropAliases.map((a) => a.toLowerCase()));
  const ambiguousCapitals = new Set(ex.ambiguousCapitals.map((a) => a.toLowerCase()));
  const countryNames = new Map<string, string>();
  // User aliases first: they win ties because the matcher prefers the earliest-added entry.
  for (const u of userAliases)
    for (const name of u.names) add(name, { kind: 'user', type: u.type, id: u.id, name: u.names[0] ?? name }, false);
  // Places that are not states (England, the West Bank, US states): matched so no other rule
  // claims them, then left out.
  for (const place of [...ex.nonCountryRegions, ...ex.notEntities]) add(place, { kind: 'place', type: 'Country', name: place }, false);
  // Subnational places carry type Organization: in sports news they name teams ("Minnesota 6").
  for (const place of ex.subnationalPlaces) add(place, { kind: 'place', type: 'Organization', name: place }, false);
  for (const org of (orgData as OrgShape).organizations) {
    const base = { kind: 'org' as const, type: 'Organization' as const, name: org.name, iso3: org.country, id: org.id };
    add(org.name, base);
    for (const a of org.aliases) add(a, base);
  }
  // Well-known people: only their bare surnames and variants need the list (full names are found by rule).
  const people = peopleData as { people: { name: string; aliases: string[] }[]; surnames: string[] };
  for (const p of people.people) {
    const base = { kind: 'person' as const, type: 'Person' as const, name: p.name };
    add(p.name, base, false);
    for (const a of p.aliases) add(a, base, false);
  }
  // Surnames several public figures share ("Bush", "Cuomo"): a person, named by the surname only,
  // so the id claims no one in particular (the article's own full name still wins).
  for (const s of people.surnames) add(s, { kind: 'person', type: 'Person', name: s }, false);
  for (const c of countries) {
    const iso3 = c.cca3 === 'UNK' ? 'XKX' : c.cca3;
    const name = c.name.common;
    countryNames.set(iso3, name);
    const base = { kind: 'country' as const, type: 'Country' as const, id: `country:${iso3}`, name, iso3 };
    const names = [c.name.common, c.name.official, ...c.altSpellings.filter((a) => a.length > 2), ...(ex.names[iso3] ?? [])];
    for (const n of names) if (!drop.has(n.toLowerCase()) && /^[\p{Script=Latin}\p{P}\p{Zs}\d]+$/u.test(n)) add(n, base, /^[A-Z.]+$/.test(n));
    // The curated demonyms are kept even where the same word is dropped as a country *name*
    // ("Thai", "Saudi": not the country's name, but the right link for the adjective).
    const curated = new Set<string>(ex.demonyms[iso3] ?? []);
    const demonyms = new Set<string>(curated);
    const eng = c.demonyms['eng'];
    if (eng) {
      demonyms.add(eng.m);
      demonyms.add(eng.f);
    }
    for (const d of demonyms) if (d && (curated.has(d) || !drop.has(d.toLowerCase()))) add(d, { ...base, kind: 'demonym' }, /^[A-Z.]+$/.test(d));
    const capitals = ex.capitals[iso3] ?? c.capital;
    if (c.independent)
      for (const cap of capitals) if (!ambiguousCapitals.has(cap.toLowerCase())) add(cap, { ...base, kind: 'capital' }, false);
  }
  return { root, countryNames, maxTokens };
}

/** A gazetteer phrase found in a token sequence: its length in tokens and what it names. */
export interface GazetteerMatch {
  length: number;
  entries: GazetteerEntry[];
}

const NO_MATCHES: readonly GazetteerMatch[] = Object.freeze([]);

/**
 * Every phrase that starts at `keys[from]` and ends before `limit`, longest first, so the caller
 * can fall back to a shorter phrase when a longer one fails its case check.
 */
export function longestMatches(
  gazetteer: Gazetteer,
  keys: readonly string[],
  from: number,
  limit: number = keys.length,
): readonly GazetteerMatch[] {
  // Most tokens start no phrase: answer them without allocating.
  if (from >= limit || gazetteer.maxTokens < 1 || !gazetteer.root.next.has(keys[from] ?? '')) return NO_MATCHES;
  let node = gazetteer.root;
  const found: GazetteerMatch[] = [];
  for (let i = from; i < limit && i - from < gazetteer.maxTokens; i++) {
    const child = node.next.get(keys[i] ?? '');
    if (!child) break;
    node = child;
    if (node.entries.length > 0) found.push({ length: i - from + 1, entries: node.entries });
  }
  return found.reverse();
}
