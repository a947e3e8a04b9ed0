import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { z } from 'zod';

/**
 * Which of these documents are already in the graph exactly as this run would write them (same
 * id, same content hash, same extractor version, every source already recorded). `newsgraph run`
 * skips them, so an interrupted import resumes where it stopped instead of re-extracting
 * everything. Read-only.
 */
export async function findWrittenDocuments(
  driver: Driver,
  docs: readonly { id: string; contentHash: string; sources: readonly string[] }[],
  extractorVersion: string,
): Promise<Set<string>> {
  if (docs.length === 0) return new Set();
  const { records } = await driver.executeQuery(
    `UNWIND $docs AS d
     MATCH (doc:Document {id: d.id})
     WHERE doc.contentHash = d.contentHash AND doc.extractorVersion = $version
       AND all(s IN d.sources WHERE s IN coalesce(doc.sources, []))
     RETURN doc.id AS id`,
    { docs: docs.map((d) => ({ id: d.id, contentHash: d.contentHash, sources: [...d.sources] })), version: extractorVersion },
    { routing: neo4j.routing.READ },
  );
  return new Set(records.map((r) => z.string().parse(r.get('id'))));
}
