import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import { Q } from './cypher.js';
import { parseRoleKey } from './prepare-items.js';

/** Everything whose aggregates must be recomputed after a write or a removal. */
export interface Touched {
  /** Ordered STANCE pairs, `source\u0000target`. */
  stance: Set<string>;
  /** Unordered CO_MENTIONED pairs, `lo\u0000hi` with lo < hi. */
  co: Set<string>;
  /** HAS_ROLE triples, `person\u0000title\u0000target`. */
  roles: Set<string>;
  /** Entities that lost mentions: names, aliases and existence are recomputed. */
  entities: Set<string>;
}

export const SEP = '\u0000';

export function emptyTouched(): Touched {
  return { stance: new Set(), co: new Set(), roles: new Set(), entities: new Set() };
}

const OldMentionSchema = z.object({ entity: z.string(), coIds: z.array(z.string()), roles: z.array(z.string()) });
const OldClaimSchema = z.object({ source: z.string(), target: z.string() });

/**
 * Removes the given articles' claims and mentions (and the Article nodes in `dropNodes`), and
 * adds to `touched` every pair, role and entity they contributed to. Runs in the caller's
 * transaction; the caller recomputes afterwards.
 */
export async function removeArticleContent(
  tx: ManagedTransaction,
  articleIds: string[],
  dropNodes: string[],
  touched: Touched,
): Promise<void> {
  if (articleIds.length === 0 && dropNodes.length === 0) return;
  const ids = [...new Set([...articleIds, ...dropNodes])];
  const mentions = await tx.run(Q.oldMentions, { ids });
  for (const rec of mentions.records) {
    const m = OldMentionSchema.parse(rec.toObject());
    touched.entities.add(m.entity);
    for (const other of m.coIds) touched.co.add(m.entity < other ? `${m.entity}${SEP}${other}` : `${other}${SEP}${m.entity}`);
    for (const key of m.roles) {
      const { title, target } = parseRoleKey(key);
      touched.roles.add(`${m.entity}${SEP}${title}${SEP}${target}`);
    }
  }
  const claims = await tx.run(Q.oldClaims, { ids });
  for (const rec of claims.records) {
    const c = OldClaimSchema.parse(rec.toObject());
    touched.stance.add(`${c.source}${SEP}${c.target}`);
  }
  await tx.run(Q.deleteClaims, { ids });
  await tx.run(Q.deleteMentions, { ids });
  if (dropNodes.length > 0) await tx.run(Q.deleteArticleNodes, { ids: dropNodes });
}

export interface RecomputeCounts {
  stance: number;
  coMentioned: number;
  roles: number;
  entities: number;
}

/**
 * Recomputes STANCE, CO_MENTIONED and HAS_ROLE for the touched pairs from claims and mentions,
 * then names/aliases of entities that lost mentions (deleting those nothing mentions). Same
 * transaction as the write, so readers never see a half-updated count.
 */
export async function recomputeTouched(tx: ManagedTransaction, touched: Touched): Promise<RecomputeCounts> {
  const sorted = (s: Set<string>): string[] => [...s].sort();
  const pairs = sorted(touched.stance).map((k) => {
    const [source, target] = k.split(SEP);
    return { source, target };
  });
  const co = sorted(touched.co).map((k) => {
    const [lo, hi] = k.split(SEP);
    return { lo, hi };
  });
  const roles = sorted(touched.roles).map((k) => {
    const [person, title, target] = k.split(SEP) as [string, string, string];
    return { person, title, target, key: `${title}@${target}` };
  });
  // Sorted parameter lists make concurrent writers lock pairs in the same order (fewer deadlocks).
  if (pairs.length > 0) {
    const ends = [...new Set(pairs.flatMap((p) => [p.source!, p.target!]))].sort();
    const res = await tx.run(Q.claimDegrees, { ids: ends });
    const by = new Map<string, number>();
    const toward = new Map<string, number>();
    for (const r of res.records) {
      const id = z.string().parse(r.get('id'));
      by.set(id, z.number().parse(r.get('by')));
      toward.set(id, z.number().parse(r.get('toward')));
    }
    const fromTarget = pairs.filter((p) => (toward.get(p.target!) ?? 0) < (by.get(p.source!) ?? 0));
    const fromSource = pairs.filter((p) => !fromTarget.includes(p));
    if (fromSource.length > 0) await tx.run(Q.recomputeStanceFromSource, { pairs: fromSource });
    if (fromTarget.length > 0) await tx.run(Q.recomputeStanceFromTarget, { pairs: fromTarget });
  }
  if (co.length > 0) {
    const ends = [...new Set(co.flatMap((p) => [p.lo, p.hi]))].sort();
    const res = await tx.run(Q.mentionDegrees, { ids: ends });
    const degree = new Map(res.records.map((r) => [z.string().parse(r.get('id')), z.number().parse(r.get('degree'))]));
    const fromHi = co.filter((p) => (degree.get(p.hi!) ?? 0) < (degree.get(p.lo!) ?? 0));
    const fromLo = co.filter((p) => !fromHi.includes(p));
    if (fromLo.length > 0) await tx.run(Q.recomputeCoMentionedFromLo, { pairs: fromLo });
    if (fromHi.length > 0) await tx.run(Q.recomputeCoMentionedFromHi, { pairs: fromHi });
  }
  if (roles.length > 0) await tx.run(Q.recomputeRoles, { roles });
  const ids = sorted(touched.entities);
  if (ids.length > 0) await tx.run(Q.recomputeEntities, { ids });
  return { stance: pairs.length, coMentioned: co.length, roles: roles.length, entities: ids.length };
}
