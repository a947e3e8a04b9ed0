import { EvalError } from './eval-error.js';

/**
 * Normal form of a country name for lookup, the one the reference scorer's table is keyed by:
 * accents stripped, lower case, curly quotes straightened, `&` → and, dots and
 * hyphens/commas/brackets → space, runs of single letters joined ("U. S." → "us"), a leading
 * "the " dropped and "st" read as "saint".
 */
export function normAlias(s: string): string {
  let t = s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  t = t.replace(/[\u2018\u2019\u201b\u0060\u00b4\u02bc\u02bb]/g, "'");
  t = t.replace(/&/g, ' and ');
  t = t.replace(/\./g, ' ');
  t = t.replace(/[-\u2010-\u2015_,;:()[\]/]+/g, ' ');
  t = t.replace(/\s+/g, ' ').trim();
  t = t.replace(/\b([a-z0-9])(?: (?=[a-z0-9]\b))/g, '$1');
  t = t.replace(/^the /, '');
  t = t.replace(/\bst\b/g, 'saint');
  return t;
}

/** Country names → ISO 3166-1 alpha-3, plus code equivalences (UNK/RKS → XKX). */
/**
 * The ISO code in a `country:<ISO3>` entity id (case-insensitive), mapped through `equivalent`
 * (e.g. UNK → XKX); null for any other id.
 */
export function countryCodeOfId(id: string, equivalent: (code: string) => string | undefined): string | null {
  const m = /^country:([A-Za-z]{3})$/.exec(id.trim());
  if (!m) return null;
  const code = m[1]!.toUpperCase();
  return equivalent(code) ?? code;
}

export interface CountryTable {
  /** ISO3 of a name or alias, or null when it names no country. */
  codeOf(name: string): string | null;
  /** Canonical ISO3 of an entity id `country:XXX`, or null when the id is not a country id. */
  codeOfId(id: string): string | null;
  /** Display name of a code, when known. */
  nameOf(code: string): string | undefined;
}

/**
 * Builds the table from the JSON the data directory carries (`countries.json`: `aliases`,
 * `code_equivalents`, `countries`). The data directory is an input of `newsgraph eval`, so
 * reading its table keeps the harness's country decisions identical to the reference scorer's.
 */
export function countryTableFromJson(raw: unknown, where: string): CountryTable {
  if (
    !raw ||
    typeof raw !== 'object' ||
    !('aliases' in raw) ||
    typeof raw.aliases !== 'object' ||
    !raw.aliases
  ) {
    throw new EvalError(
      'DATA_INVALID',
      `country table: expected an object with "aliases", got something else (${where}). Point --data at the eval folder that holds countries.json.`,
    );
  }
  const r = raw as {
    aliases: Record<string, unknown>;
    code_equivalents?: Record<string, unknown>;
    countries?: Record<string, { name?: unknown }>;
  };
  const aliases = new Map<string, string>();
  for (const [k, v] of Object.entries(r.aliases)) if (typeof v === 'string') aliases.set(k, v);
  const equiv = new Map<string, string>();
  for (const [k, v] of Object.entries(r.code_equivalents ?? {}))
    if (typeof v === 'string') equiv.set(k, v);
  const names = new Map<string, string>();
  for (const [k, v] of Object.entries(r.countries ?? {}))
    if (typeof v?.name === 'string') names.set(k, v.name);
  return {
    codeOf: (name) => aliases.get(normAlias(name)) ?? null,
    codeOfId: (id) => countryCodeOfId(id, (code) => equiv.get(code)),
    nameOf: (code) => names.get(code),
  };
}
