import neo4j, { type Driver } from 'neo4j-driver';
import { z } from 'zod';
import { emptyTouched, recomputeTouched, removeArticleContent } from './touched.js';

export interface DeleteResult {
  /** Article ids removed. */
  deletedArticles: string[];
  /** Document ids removed (all their articles went). */
  deletedDocuments: string[];
  /** Documents that stay because other sources still carry them; the source was dropped from them. */
  sourceRemovedFrom: string[];
  /** Ids that matched nothing. */
  notFound: string[];
}

const ResolveRowSchema = z.object({ id: z.string(), document: z.string().nullable(), article: z.string().nullable(), articles: z.array(z.string()) });
const SourceRowSchema = z.object({ document: z.string(), sources: z.array(z.string()), articles: z.array(z.string()) });
const OutletRowSchema = z.object({ article: z.string(), document: z.string() });

/**
 * Retracts articles and recomputes everything they touched, in one transaction:
 * - ids: a document id removes the document and all its articles; an article id (`doc#n`)
 *   removes that article (the document goes when it has no article left, otherwise it is
 *   marked so that a replay of it writes the article again);
 * - `{ source }`: documents whose provenance `sources` hold it lose that source and are removed
 *   when none is left; articles whose outlet (`source`) is it are removed.
 * Repeating a delete changes nothing.
 */
export async function deleteArticles(driver: Driver, target: readonly string[] | { source: string }, opts: { database?: string } = {}): Promise<DeleteResult> {
  const session = driver.session({ database: opts.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite(async (tx) => {
      const result: DeleteResult = { deletedArticles: [], deletedDocuments: [], sourceRemovedFrom: [], notFound: [] };
      const articleIds = new Set<string>();
      const documentIds = new Set<string>();
      if (Array.isArray(target)) {
        const ids = target as readonly string[];
        const res = await tx.run(
          `UNWIND $ids AS id
           OPTIONAL MATCH (d:Document {id: id})
           OPTIONAL MATCH (a:Article {id: id})
           RETURN id, d.id AS document, a.id AS article,
                  COLLECT { MATCH (d)<-[:PART_OF]-(x:Article) RETURN x.id } AS articles`,
          { ids: [...new Set(ids)] },
        );
        for (const r of res.records) {
          const row = ResolveRowSchema.parse(r.toObject());
          if (row.document !== null) {
            documentIds.add(row.document);
            for (const a of row.articles) articleIds.add(a);
          } else if (row.article !== null) articleIds.add(row.article);
          else result.notFound.push(row.id);
        }
      } else {
        const { source } = target as { source: string };
        const docs = await tx.run(
          `MATCH (d:Document) WHERE $source IN d.sources
           RETURN d.id AS document, d.sources AS sources, COLLECT { MATCH (d)<-[:PART_OF]-(x:Article) RETURN x.id } AS articles`,
          { source },
        );
        const shrink: { id: string; sources: string[] }[] = [];
        for (const r of docs.records) {
          const row = SourceRowSchema.parse(r.toObject());
          const left = row.sources.filter((s) => s !== source);
          if (left.length === 0) {
            documentIds.add(row.document);
            for (const a of row.articles) articleIds.add(a);
          } else shrink.push({ id: row.document, sources: left });
        }
        if (shrink.length > 0) {
          await tx.run(
            `UNWIND $rows AS row MATCH (d:Document {id: row.id}) SET d.sources = row.sources
             WITH d, row MATCH (d)<-[:PART_OF]-(a:Article) SET a.sources = row.sources`,
            { rows: shrink },
          );
          result.sourceRemovedFrom = shrink.map((s) => s.id).sort();
        }
        const outlets = await tx.run(`MATCH (a:Article {source: $source})-[:PART_OF]->(d:Document) RETURN a.id AS article, d.id AS document`, { source });
        for (const r of outlets.records) articleIds.add(OutletRowSchema.parse(r.toObject()).article);
        if (articleIds.size === 0 && shrink.length === 0) result.notFound.push(source);
      }
      const touched = emptyTouched();
      const articles = [...articleIds].sort();
      // Documents left without articles go too; the others forget their write hash so that a
      // replay of the document brings the removed article back instead of being skipped.
      const parents = await tx.run(
        `UNWIND $ids AS id MATCH (:Article {id: id})-[:PART_OF]->(d:Document) RETURN DISTINCT d.id AS id`,
        { ids: articles },
      );
      await removeArticleContent(tx, [], articles, touched);
      const parentIds = parents.records.map((r) => z.string().parse(r.get('id')));
      const orphaned = await tx.run(
        `UNWIND $ids AS id MATCH (d:Document {id: id})
         WITH d, EXISTS { (d)<-[:PART_OF]-(:Article) } AS live
         FOREACH (_ IN CASE WHEN live THEN [1] ELSE [] END | REMOVE d.writeHash)
         WITH d, live WHERE NOT live
         WITH d, d.id AS id DETACH DELETE d
         RETURN id`,
        { ids: [...new Set([...parentIds, ...documentIds])] },
      );
      result.deletedDocuments = orphaned.records.map((r) => z.string().parse(r.get('id'))).sort();
      result.deletedArticles = articles;
      await recomputeTouched(tx, touched);
      return result;
    });
  } finally {
    await session.close();
  }
}
