import neo4j, { type Driver } from 'neo4j-driver';

/** Properties that record when something happened rather than what the graph says. */
export const VOLATILE_PROPERTIES = ['ingestedAt', 'appliedAt', 'appliedBy', 'mergedAt'] as const;

export interface GraphSnapshot {
  nodes: { key: string; labels: string[]; properties: Record<string, unknown> }[];
  relationships: { from: string; type: string; to: string; properties: Record<string, unknown> }[];
}

/** Turns driver values (Integer, temporal types, lists) into plain JSON values. */
export function plain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(plain);
  if (
    neo4j.isDateTime(value) || neo4j.isDate(value) || neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) || neo4j.isLocalTime(value) || neo4j.isDuration(value)
  ) {
    return String(value);
  }
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

function canonicalProps(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(props).sort()) {
    if ((VOLATILE_PROPERTIES as readonly string[]).includes(key)) continue;
    out[key] = plain(props[key]);
  }
  return out;
}

/**
 * A canonical, sorted dump of every node, relationship and property except the volatile ones
 * ({@link VOLATILE_PROPERTIES}). Two graphs are the same when their snapshots are deep-equal;
 * idempotency tests compare snapshots before and after replays. Nodes are keyed by their
 * labels and `id` (or `absorbed` for Merge records).
 */
export async function graphSnapshot(driver: Driver, opts: { database?: string } = {}): Promise<GraphSnapshot> {
  const session = driver.session({ database: opts.database });
  const keyOf = (labels: string[], props: Record<string, unknown>): string =>
    `${[...labels].sort().join(':')}|${typeof props.id === 'string' ? props.id : typeof props.absorbed === 'string' ? props.absorbed : JSON.stringify(canonicalProps(props))}`;
  try {
    return await session.executeRead(async (tx) => {
      const nodes = await tx.run('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props');
      const nodeList = nodes.records.map((r) => {
        const labels = [...(r.get('labels') as string[])].sort();
        const props = r.get('props') as Record<string, unknown>;
        return { key: keyOf(labels, props), labels, properties: canonicalProps(props) };
      });
      const rels = await tx.run(
        'MATCH (a)-[r]->(b) RETURN labels(a) AS al, properties(a) AS ap, type(r) AS type, properties(r) AS props, labels(b) AS bl, properties(b) AS bp',
      );
      const relList = rels.records.map((r) => ({
        from: keyOf(r.get('al') as string[], r.get('ap') as Record<string, unknown>),
        type: r.get('type') as string,
        to: keyOf(r.get('bl') as string[], r.get('bp') as Record<string, unknown>),
        properties: canonicalProps(r.get('props') as Record<string, unknown>),
      }));
      const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
      nodeList.sort((a, b) => cmp(a.key, b.key));
      relList.sort((a, b) => cmp(`${a.from}|${a.type}|${a.to}|${JSON.stringify(a.properties)}`, `${b.from}|${b.type}|${b.to}|${JSON.stringify(b.properties)}`));
      return { nodes: nodeList, relationships: relList };
    });
  } finally {
    await session.close();
  }
}
