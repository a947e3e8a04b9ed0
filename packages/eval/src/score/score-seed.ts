import { EvalError } from '../eval-error.js';
import { formatTable } from '../metrics.js';

/** An entity as a prediction line carries it (only the fields the seed check reads). */
interface SeedEntity {
  id: string;
  type: string;
  name?: string;
  mentions?: { start: number; end: number; text: string }[];
}
interface SeedRelation {
  type: string;
  source: string;
  target: string;
  polarity?: number;
  title?: string;
}
interface SeedSegment {
  start: number;
  end: number;
  title?: string;
  source?: string;
}
/** A prediction line of the seed page (the extract contract, loosely typed). */
export interface SeedPrediction {
  entities?: SeedEntity[];
  relations?: SeedRelation[];
  segments?: SeedSegment[];
}

interface GoldEntity {
  type: string;
  name?: string;
  id?: string;
  aliases?: string[];
}
interface GoldStance {
  source: string[];
  target: string[];
  polarity: number;
  evidence?: string;
}
interface GoldRole {
  person: string;
  role: string;
  /** A country id or a person/organisation name. */
  of: string;
}
interface GoldArticle {
  title: string;
  source: string;
  roles?: GoldRole[];
  entities: { required: GoldEntity[]; optional: GoldEntity[] };
  stance: { required: GoldStance[]; optional: GoldStance[]; forbidden: GoldStance[] };
}
interface SeedGold {
  articles: GoldArticle[];
  forbidden_entities: string[];
  merges: { must_merge: string[][]; must_not_merge: string[][] };
}

/** The seed suite's figures: counts as "found/total" strings like the reference check, plus segmentation. */
export interface SeedFigures {
  entitiesRequired: string;
  entitiesOptional: string;
  stanceRequired: string;
  stanceOptional: string;
  forbiddenEntities: number;
  /** Misses as the team's seed check counts them (entities, aliases, stance, forbidden, merges, offsets). */
  misses: number;
  offsetErrors: number;
  /** Gold articles found as a segment with the same title and outlet. */
  segmentsFound: string;
  segmentsPredicted: number;
  /** Extra (the team's seed check does not look at roles): gold HAS_ROLE found, as "found/total". */
  rolesFound: string;
  missList: string[];
}

const norm = (s: string): string =>
  s.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();

function parseSeedGold(raw: unknown, where: string): SeedGold {
  const g = raw as Partial<SeedGold> | null;
  if (!g || !Array.isArray(g.articles) || !Array.isArray(g.forbidden_entities) || !g.merges) {
    throw new EvalError(
      'DATA_INVALID',
      `seed gold: expected {articles, forbidden_entities, merges}, got something else (${where}). Point --data at the eval folder holding seed-gold.json.`,
    );
  }
  return g as SeedGold;
}

/**
 * Checks one extraction of the seed page against its gold (the team's seed check): required and
 * optional entities with their aliases, required/optional/forbidden stance edges (an endpoint is
 * a list of alternatives: a country id or a person/organisation name), forbidden entity names,
 * splits and false merges, offsets; and, beyond that check, that each gold article comes out as
 * a segment with its title and outlet.
 */
export function scoreSeed(
  goldRaw: unknown,
  goldWhere: string,
  text: string,
  preds: SeedPrediction[],
): { figures: SeedFigures; lines: string[] } {
  const gold = parseSeedGold(goldRaw, goldWhere);
  const entities = preds.flatMap((p) => p.entities ?? []);
  const relations = preds.flatMap((p) => p.relations ?? []);
  const segments = preds.flatMap((p) => p.segments ?? []);
  const misses: string[] = [];
  const segmentMisses: string[] = [];
  const roleMisses: string[] = [];
  let offsetErrors = 0;
  for (const e of entities)
    for (const m of e.mentions ?? []) if (text.slice(m.start, m.end) !== m.text) offsetErrors++;
  if (offsetErrors)
    misses.push(`offsets: ${offsetErrors} mentions whose text.slice(start,end) !== text`);

  const surfaces = (e: SeedEntity): Set<string> =>
    new Set(
      [e.name, ...(e.mentions ?? []).map((m) => m.text)]
        .filter((s): s is string => Boolean(s))
        .map(norm),
    );
  const findEntity = (g: GoldEntity): SeedEntity[] =>
    entities.filter(
      (e) => e.type === g.type && (g.id ? e.id === g.id : surfaces(e).has(norm(g.name ?? ''))),
    );
  const endpointIds = (alts: string[]): Set<string> => {
    const ids = new Set<string>();
    for (const a of alts) {
      if (a.startsWith('country:')) ids.add(a);
      else
        for (const e of entities)
          if (e.type !== 'Country' && surfaces(e).has(norm(a))) ids.add(e.id);
    }
    return ids;
  };
  const has = (s: GoldStance, polarity: number): boolean => {
    const src = endpointIds(s.source);
    const tgt = endpointIds(s.target);
    return relations.some(
      (r) =>
        r.type === 'STANCE' && src.has(r.source) && tgt.has(r.target) && r.polarity === polarity,
    );
  };

  let req = 0,
    reqFound = 0,
    opt = 0,
    optFound = 0,
    stReq = 0,
    stFound = 0,
    stOpt = 0,
    stOptFound = 0,
    segFound = 0,
    rolesFound = 0,
    rolesTotal = 0;
  for (const art of gold.articles) {
    for (const g of art.entities.required) {
      req++;
      if (findEntity(g).length) reqFound++;
      else misses.push(`entity missing: ${g.type} ${g.name ?? g.id} (${art.source})`);
      for (const alias of g.aliases ?? []) {
        const hit = entities.some(
          (e) =>
            (g.id ? e.id === g.id : true) &&
            e.type === g.type &&
            (e.mentions ?? []).some((m) => norm(m.text) === norm(alias)) &&
            (g.id || surfaces(e).has(norm(g.name ?? ''))),
        );
        if (!hit)
          misses.push(`alias not attached: "${alias}" -> ${g.name ?? g.id} (${art.source})`);
      }
    }
    for (const g of art.entities.optional) {
      opt++;
      if (findEntity(g).length) optFound++;
    }
    for (const s of art.stance.required) {
      stReq++;
      if (has(s, s.polarity)) stFound++;
      else
        misses.push(
          `stance missing: ${s.source[0]} -> ${s.target[0]} (${s.polarity > 0 ? '+' : '-'}) "${s.evidence ?? ''}"`,
        );
    }
    for (const s of art.stance.optional) {
      stOpt++;
      if (has(s, s.polarity)) stOptFound++;
    }
    for (const s of art.stance.forbidden)
      if (has(s, s.polarity))
        misses.push(
          `stance forbidden but present: ${s.source[0]} -> ${s.target[0]} (${s.polarity})`,
        );
    for (const g of art.roles ?? []) {
      rolesTotal++;
      const people = endpointIds([g.person]);
      const targets = endpointIds([g.of]);
      const hit = relations.some(
        (r) =>
          r.type === 'HAS_ROLE' &&
          people.has(r.source) &&
          targets.has(r.target) &&
          norm(r.title ?? '') === norm(g.role),
      );
      if (hit) rolesFound++;
      else roleMisses.push(`role missing: ${g.person} ${g.role} of ${g.of} (${art.source})`);
    }
    const seg = segments.find(
      (sg) =>
        norm(sg.title ?? '') === norm(art.title) && norm(sg.source ?? '') === norm(art.source),
    );
    if (seg) segFound++;
    else segmentMisses.push(`segment missing: "${art.title}" from ${art.source}`);
  }
  const forbiddenNames = gold.forbidden_entities.map(norm);
  const forbidden = entities.filter((e) =>
    [...surfaces(e)].some((s) => forbiddenNames.includes(s)),
  );
  for (const e of forbidden) misses.push(`forbidden entity: ${e.type} "${e.name ?? ''}"`);
  for (const group of gold.merges.must_merge) {
    const ids = new Set(
      entities
        .filter((e) => e.type === 'Person' && group.some((n) => surfaces(e).has(norm(n))))
        .map((e) => e.id),
    );
    if (ids.size > 1) misses.push(`split aliases: ${group.join(' / ')} -> ${[...ids].join(', ')}`);
  }
  for (const pair of gold.merges.must_not_merge) {
    const [a, b] = pair;
    if (a && b && entities.some((e) => surfaces(e).has(norm(a)) && surfaces(e).has(norm(b))))
      misses.push(`false merge: ${a} + ${b}`);
  }
  const figures: SeedFigures = {
    entitiesRequired: `${reqFound}/${req}`,
    entitiesOptional: `${optFound}/${opt}`,
    stanceRequired: `${stFound}/${stReq}`,
    stanceOptional: `${stOptFound}/${stOpt}`,
    forbiddenEntities: forbidden.length,
    misses: misses.length,
    offsetErrors,
    segmentsFound: `${segFound}/${gold.articles.length}`,
    segmentsPredicted: segments.length,
    rolesFound: `${rolesFound}/${rolesTotal}`,
    missList: [...segmentMisses, ...misses, ...roleMisses],
  };
  const lines = [
    `SEED  gold=${goldWhere}`,
    formatTable(
      [
        ['articles as segments (title + outlet)', figures.segmentsFound],
        ['required entities', figures.entitiesRequired],
        ['optional entities', figures.entitiesOptional],
        ['required stance edges', figures.stanceRequired],
        ['roles (HAS_ROLE)', figures.rolesFound],
        ['optional stance edges', figures.stanceOptional],
        ['forbidden entities present', figures.forbiddenEntities],
        ['mentions with bad offsets', figures.offsetErrors],
      ],
      ['seed page', 'found'],
    ),
    ...(figures.missList.length
      ? [`${figures.missList.length} misses:`, ...figures.missList.map((m) => `  - ${m}`)]
      : ['no misses']),
  ];
  return { figures, lines };
}
