import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { findGraphDir } from './find-graph-dir.js';
import { graphSnapshot } from './graph-snapshot.js';
import { graphSummary } from './graph-summary.js';
import { migrate } from './migrate.js';
import type { GraphWriteItem } from './prepare-items.js';
import { syntheticCorpus } from './synthetic-corpus.js';
import { testDriver, wipeGraph } from './test-fixtures/int-support.js';
import { seedItem } from './test-fixtures/seed-extraction.js';
import { writeExtractions, writeExtractionsOnePerTx } from './write-extractions.js';
import { deleteArticles } from './delete-articles.js';

let driver: Driver;

async function writeInBatches(items: GraphWriteItem[], size: number): Promise<void> {
  for (let i = 0; i < items.length; i += size) {
    const stats = await writeExtractions(driver, items.slice(i, i + size));
    expect(stats.rejected).toEqual([]);
  }
}

async function read<T>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const session = driver.session();
  try {
    const res = await session.run(cypher, params);
    return res.records.map((r) => r.toObject() as T);
  } finally {
    await session.close();
  }
}

beforeAll(async () => {
  driver = testDriver();
  await wipeGraph(driver);
});
afterAll(async () => {
  await driver.close();
});

describe('migrations', () => {
  it('apply once, then are a no-op, also when two run at once', async () => {
    const [a, b] = await Promise.all([migrate(driver), migrate(driver)]);
    expect([...a.applied, ...b.applied].sort()).toEqual(['0001-constraints', '0002-entity-fulltext', '0003-lookup-indexes', '0004-unique-content-hash']);
    const schemaBefore = await read<{ name: string }>('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name');
    const indexesBefore = await read<{ name: string }>('SHOW INDEXES YIELD name RETURN name ORDER BY name');
    const again = await migrate(driver);
    expect(again.applied).toEqual([]);
    expect(await read('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name')).toEqual(schemaBefore);
    expect(await read('SHOW INDEXES YIELD name RETURN name ORDER BY name')).toEqual(indexesBefore);
    expect(indexesBefore.map((i) => i.name)).toContain('entity_names');
  });

  it('refuse to run when an applied migration file was edited', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-migrations-'));
    cpSync(join(findGraphDir(), 'migrations'), dir, { recursive: true });
    appendFileSync(join(dir, '0001-constraints.cypher'), '\n// edited\n');
    await expect(migrate(driver, { migrationsDir: dir })).rejects.toThrow(/0001-constraints\.cypher to be unchanged.*forward-only/);
  });
});

describe('writing the seed page', () => {
  beforeAll(async () => {
    await wipeGraph(driver);
    await migrate(driver);
  });

  it('makes four articles with the people, countries, roles and stance of the page', async () => {
    const stats = await writeExtractions(driver, [seedItem()]);
    expect(stats).toMatchObject({ created: 1, articles: 4, rejected: [], warnings: [] });
    const summary = await graphSummary(driver);
    expect(summary.articles).toBe(4);
    const names = await read<{ name: string }>('MATCH (e:Entity) RETURN e.name AS name');
    expect(names.map((n) => n.name)).toEqual(expect.arrayContaining(['Kim Jong Un', 'Vladimir Putin', 'North Korea', 'Russia']));
    const [kimPutin] = await read<Record<string, unknown>>(
      `MATCH (:Person {id: 'person:kim-jong-un'})-[s:STANCE]->(:Person {id: 'person:vladimir-putin'})
       RETURN s.positive AS positive, s.negative AS negative, s.score AS score, s.kinds AS kinds`,
    );
    expect(kimPutin).toEqual({ positive: 2, negative: 0, score: 1, kinds: ['support'] });
    const [alleged] = await read<Record<string, unknown>>(
      `MATCH (:Country {id: 'country:RUS'})-[s:STANCE]->(:Country {id: 'country:PRK'})
       RETURN s.positive AS positive, s.attributed AS attributed, s.score AS score,
              COLLECT { MATCH (:Country {id: 'country:RUS'})<-[:BY]-(c:Claim)-[:ATTRIBUTED_TO]->(x) RETURN x.id ORDER BY x.id } AS by`,
    );
    expect(alleged).toEqual({ positive: 0, attributed: 1, score: null, by: ['country:KOR', 'country:USA'] });
    const roles = await read<{ r: string }>(`MATCH (p:Person)-[h:HAS_ROLE]->(x) RETURN p.id + ' ' + h.title + ' ' + x.id AS r ORDER BY r`);
    expect(roles.map((r) => r.r)).toContain('person:sergei-shoigu aide person:vladimir-putin');
    expect(roles.map((r) => r.r)).toContain('person:vladimir-putin President country:RUS');
    const wrongWay = await read('MATCH (a)-[:CO_MENTIONED]->(b) WHERE a.id >= b.id RETURN a');
    expect(wrongWay).toEqual([]);
    const evidence = await read<{ sentence: string }>(
      `MATCH (:Entity {id: 'person:kim-jong-un'})<-[:BY]-(c:Claim)-[:TOWARD]->(:Entity {id: 'country:KOR'}) RETURN c.sentence AS sentence`,
    );
    expect(evidence).toEqual([{ sentence: 'Kim has increasingly severed links with South Korea' }]);
  });

  it('replaying it, plainly or forced, leaves the graph exactly as it was', async () => {
    const before = await graphSnapshot(driver);
    expect((await writeExtractions(driver, [seedItem()])).unchanged).toBe(1);
    expect(await graphSnapshot(driver)).toEqual(before);
    expect((await writeExtractions(driver, [seedItem()], { force: true })).replaced).toBe(1);
    expect(await graphSnapshot(driver)).toEqual(before);
  });

  it('an update of the same id replaces its mentions and claims; the old version restores the graph', async () => {
    const before = await graphSnapshot(driver);
    const original = seedItem();
    // same length, so every offset still holds; the sever claim is no longer stated
    const text = original.document.text!.replace('severed links', 'weakened link');
    const update: GraphWriteItem = {
      ...original,
      document: { ...original.document, text },
      contentHash: createHash('sha256').update(text).digest('hex'),
      extraction: { ...original.extraction, relations: original.extraction.relations.filter((r) => !(r.type === 'STANCE' && r.kind === 'sever')) },
    };
    await writeExtractions(driver, [update]);
    expect(await read("MATCH (:Entity {id: 'person:kim-jong-un'})-[s:STANCE]->(:Entity {id: 'country:KOR'}) RETURN s")).toEqual([]);
    await writeExtractions(driver, [original]);
    expect(await graphSnapshot(driver)).toEqual(before);
  });

  it('identical text from another source is one article that keeps both sources', async () => {
    const copy = seedItem();
    copy.document = { ...copy.document, id: 'seed-page-copy', source: 'other-outlet' };
    copy.sources = ['other-outlet'];
    const stats = await writeExtractions(driver, [copy]);
    expect(stats.duplicates).toBe(1);
    const rows = await read<{ id: string; sources: string[] }>('MATCH (a:Article) RETURN DISTINCT a.documentId AS id, a.sources AS sources');
    expect(rows).toEqual([{ id: 'seed-page', sources: ['daily8', 'other-outlet'] }]);
    const snapshot = await graphSnapshot(driver);
    await writeExtractions(driver, [copy, seedItem()]);
    expect(await graphSnapshot(driver)).toEqual(snapshot);
  });

  it('a copy with a smaller id takes the text over, keeping every source and id', async () => {
    const copy = seedItem();
    copy.document = { ...copy.document, id: 'seed-a', source: 'third' };
    copy.sources = ['third'];
    expect((await writeExtractions(driver, [copy])).created).toBe(1);
    const rows = await read<Record<string, unknown>>(
      'MATCH (a:Article)-[:PART_OF]->(d:Document) RETURN DISTINCT d.id AS id, a.sources AS sources, d.duplicateIds AS duplicateIds',
    );
    expect(rows).toEqual([{ id: 'seed-a', sources: ['daily8', 'other-outlet', 'third'], duplicateIds: ['seed-page', 'seed-page-copy'] }]);
    const snapshot = await graphSnapshot(driver);
    const other = seedItem();
    other.document = { ...other.document, id: 'seed-page-copy', source: 'other-outlet' };
    other.sources = ['other-outlet'];
    await writeExtractions(driver, [seedItem(), other, copy]);
    expect(await graphSnapshot(driver)).toEqual(snapshot);
  });

  it('rejects a malformed item with its id and reason, and writes the rest', async () => {
    const bad = { document: { id: 'broken' }, contentHash: 'x', extraction: { id: 'broken' }, extractorVersion: 'v' } as unknown as GraphWriteItem;
    const good = syntheticCorpus({ size: 1 })[0]!;
    const stats = await writeExtractions(driver, [bad, good]);
    expect(stats.created).toBe(1);
    expect(stats.rejected).toHaveLength(1);
    expect(stats.rejected[0]!.reason).toMatch(/^graph: expected a GraphWriteItem, got extraction\.segments: .*\(item 0, id broken\)/);
  });
});

describe('a 200-document corpus', () => {
  const corpus = syntheticCorpus({ size: 200 });
  let reference: Awaited<ReturnType<typeof graphSnapshot>>;

  beforeEach(async () => {
    await wipeGraph(driver);
    await migrate(driver);
  });

  it('writes 200 documents in batches', async () => {
    await writeInBatches(corpus, 50);
    reference = await graphSnapshot(driver);
    const summary = await graphSummary(driver);
    expect(summary.articles).toBeGreaterThan(200);
    expect(summary.relationships.STANCE).toBeGreaterThan(100);
  });

  it('batched and one-transaction-per-document writers build the same graph', async () => {
    // a slice keeps the slow baseline short; the duplicate texts (every 25th) are inside it
    const slice = corpus.slice(0, 60);
    await writeInBatches(slice, 25);
    const batched = await graphSnapshot(driver);
    await wipeGraph(driver);
    await migrate(driver);
    await writeExtractionsOnePerTx(driver, slice);
    expect(await graphSnapshot(driver)).toEqual(batched);
  });

  it('replaying the whole corpus in other batch sizes, forced or not, changes nothing', async () => {
    await writeInBatches(corpus, 50);
    expect(await graphSnapshot(driver)).toEqual(reference);
    await writeInBatches(corpus, 64);
    expect(await graphSnapshot(driver)).toEqual(reference);
    for (let i = 0; i < corpus.length; i += 40) await writeExtractions(driver, corpus.slice(i, i + 40), { force: true });
    expect(await graphSnapshot(driver)).toEqual(reference);
  });

  it('four concurrent writers (separate drivers, interleaved batches) build the same graph', async () => {
    const drivers = [0, 1, 2, 3].map(() => testDriver());
    try {
      await Promise.all(
        drivers.map(async (d, w) => {
          for (let i = w * 25; i < corpus.length; i += 100) {
            const stats = await writeExtractions(d, corpus.slice(i, i + 25));
            expect(stats.rejected).toEqual([]);
          }
        }),
      );
    } finally {
      await Promise.all(drivers.map((d) => d.close()));
    }
    expect(await graphSnapshot(driver)).toEqual(reference);
  });

  it('identical texts keep the smallest id, whichever arrives first', async () => {
    await writeInBatches([...corpus].reverse(), 50);
    expect(await graphSnapshot(driver)).toEqual(reference);
  });

  it('deleting articles and a source, then replaying, gives the same graph back', async () => {
    await writeInBatches(corpus, 50);
    const deleted = await deleteArticles(driver, ['syn-3#1', 'syn-10', 'no-such-id']);
    expect(deleted).toMatchObject({ deletedArticles: ['syn-10', 'syn-3#1'], deletedDocuments: ['syn-10'], notFound: ['no-such-id'] });
    const bySource = await deleteArticles(driver, { source: 'Wire A' });
    expect(bySource.deletedDocuments.length).toBeGreaterThan(50);
    expect(await read("MATCH (a:Article) WHERE 'Wire A' IN a.sources RETURN a")).toEqual([]);
    // repeating a delete is a no-op
    const again = await graphSnapshot(driver);
    await deleteArticles(driver, { source: 'Wire A' });
    expect(await graphSnapshot(driver)).toEqual(again);
    await writeInBatches(corpus, 50);
    expect(await graphSnapshot(driver)).toEqual(reference);
  });

  it('deleting everything leaves no entity, claim or aggregate behind', async () => {
    await writeInBatches(corpus, 50);
    await deleteArticles(driver, corpus.map((c) => c.document.id));
    const summary = await graphSummary(driver);
    expect(summary).toMatchObject({ documents: 0, articles: 0, claims: 0, entities: { Person: 0, Country: 0, Organization: 0 }, relationships: {} });
  });
});
