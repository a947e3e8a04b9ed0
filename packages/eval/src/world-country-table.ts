import countriesJson from 'world-countries/countries.json' with { type: 'json' };
import { countryCodeOfId, normAlias, type CountryTable } from './country-table.js';

/**
 * News forms world-countries lacks (SCORER.md's list): short forms, old names still in use, and
 * English names the package spells otherwise ("Turkey" for Türkiye).
 */
const NEWS_FORMS: Readonly<Record<string, readonly string[]>> = {
  USA: ['U.S.', 'US', 'USA', 'U.S.A.', 'America', 'United States of America', 'United States'],
  GBR: ['U.K.', 'UK', 'Britain', 'Great Britain'],
  RUS: ['Russia'],
  KOR: ['South Korea', 'S. Korea', 'Republic of Korea'],
  PRK: ['North Korea', 'N. Korea'],
  CZE: ['Czech Republic'],
  CIV: ['Ivory Coast'],
  NLD: ['Holland'],
  TUR: ['Turkey'],
  COD: ['Zaire'],
  BIH: ['Bosnia'],
  BLR: ['Byelorussia', 'Belorussia'],
  MKD: ['Republic of Macedonia', 'FYROM'],
  VAT: ['Vatican', 'Holy See'],
  MMR: ['Burma'],
  SWZ: ['Swaziland'],
  TLS: ['East Timor'],
  XKX: ['Kosovo'],
  PSE: ['Palestinian territories', 'Palestinian Territories'],
  COG: ['Republic of Congo', 'Congo'],
  STP: ['Sao Tome'],
};
/** Alternative spellings that are also ordinary words, names or demonyms (SCORER.md's decisions). */
const DROPPED = new Set([
  'island',
  'mann',
  'dominique',
  'thai',
  'togolese',
  'saudi',
  'lao',
  'mexicanos',
  'portuguesa',
  'prathet',
  'timor',
]);
/** Former or partial states with no current code, and the ambiguous bare "Korea". */
const LEFT_OUT = new Set(
  [
    'Soviet Union',
    'USSR',
    'Yugoslavia',
    'Czechoslovakia',
    'East Germany',
    'West Germany',
    'Serbia and Montenegro',
    'England',
    'Scotland',
    'Wales',
    'Northern Ireland',
    'Korea',
  ].map(normAlias),
);
/** world-countries' codes that differ from the ones used in entity ids. */
const CODE_EQUIVALENTS: Readonly<Record<string, string>> = { UNK: 'XKX', RKS: 'XKX', XKO: 'XKX' };

interface WorldCountry {
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
}

/**
 * The country table built from the `world-countries` package, for data folders without a
 * `countries.json`: common and official names, alternative spellings longer than two characters,
 * plus the news forms above; ambiguous spellings dropped, former states left out. It follows the
 * reference table's recipe, so figures should match it closely but are not guaranteed identical.
 */
export function countryTableFromWorldCountries(): CountryTable {
  const aliases = new Map<string, string>();
  const names = new Map<string, string>();
  const add = (alias: string, code: string): void => {
    const key = normAlias(alias);
    if (!key || DROPPED.has(key) || LEFT_OUT.has(key) || aliases.has(key)) return;
    aliases.set(key, code);
  };
  for (const [code, forms] of Object.entries(NEWS_FORMS)) for (const f of forms) add(f, code);
  for (const c of countriesJson as unknown as WorldCountry[]) {
    const code = CODE_EQUIVALENTS[c.cca3] ?? c.cca3;
    names.set(code, c.name.common);
    add(c.name.common, code);
    add(c.name.official, code);
    for (const alt of c.altSpellings) if (alt.length > 2) add(alt, code);
  }
  return {
    codeOf: (name) => aliases.get(normAlias(name)) ?? null,
    codeOfId: (id) => countryCodeOfId(id, (code) => CODE_EQUIVALENTS[code]),
    nameOf: (code) => names.get(code),
  };
}
