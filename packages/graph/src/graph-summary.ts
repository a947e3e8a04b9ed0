import type { Driver } from 'neo4j-driver';
import { z } from 'zod';

export const GraphSummarySchema = z.object({
  documents: z.number().int(),
  articles: z.number().int(),
  entities: z.object({ Person: z.number().int(), Country: z.number().int(), Organization: z.number().int() }),
  claims: z.number().int(),
  /** Relationship count by type (every type present in the graph). */
  relationships: z.record(z.string(), z.number().int()),
  migrations: z.array(z.string()),
  merges: z.number().int(),
});
export type GraphSummary = z.infer<typeof GraphSummarySchema>;

/** Counts for summaries and tests, as plain numbers (zod-checked, no driver Integer). */
export async function graphSummary(driver: Driver, opts: { database?: string } = {}): Promise<GraphSummary> {
  const session = driver.session({ database: opts.database });
  try {
    return await session.executeRead(async (tx) => {
      const nodes = await tx.run(`
        RETURN COUNT { (:Document) } AS documents, COUNT { (:Article) } AS articles,
               COUNT { (:Person) } AS Person, COUNT { (:Country) } AS Country,
               COUNT { (:Organization) } AS Organization, COUNT { (:Claim) } AS claims,
               COUNT { (:Merge) } AS merges,
               COLLECT { MATCH (m:Migration) RETURN m.id ORDER BY m.id } AS migrations`);
      const n = nodes.records[0]!.toObject() as Record<string, unknown>;
      const rels = await tx.run(`MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type`);
      const relationships: Record<string, unknown> = {};
      for (const r of rels.records) relationships[r.get('type') as string] = r.get('n');
      return GraphSummarySchema.parse({
        documents: n.documents,
        articles: n.articles,
        entities: { Person: n.Person, Country: n.Country, Organization: n.Organization },
        claims: n.claims,
        relationships,
        migrations: n.migrations,
        merges: n.merges,
      });
    });
  } finally {
    await session.close();
  }
}
