import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAliasDictionary } from './alias-dictionary-file.js';
import { graphSnapshot } from './graph-snapshot.js';
import { mergeEntities, splitEntity } from './merge-entities.js';
import { migrate } from './migrate.js';
import { reprocessDocuments } from './reprocess-documents.js';
import { syntheticCorpus } from './synthetic-corpus.js';
import { testDriver, wipeGraph } from './test-fixtures/int-support.js';
import { seedItem } from './test-fixtures/seed-extraction.js';
import { writeExtractions } from './write-extractions.js';

let driver: Driver;
const corpus = syntheticCorpus({ size: 60 });
const all = () => [seedItem(), ...corpus];

async function ids(cypher: string): Promise<string[]> {
  const session = driver.session();
  try {
    return (await session.run(cypher)).records.map((r) => r.get(0) as string);
  } finally {
    await session.close();
  }
}

beforeAll(async () => {
  driver = testDriver();
  await wipeGraph(driver);
  await migrate(driver);
  await writeExtractions(driver, all());
});
afterAll(async () => {
  await driver.close();
});

describe('entity curation', () => {
  it('merge moves mentions, claims and roles, is repeatable, survives replays, and split restores the graph', async () => {
    const dict = join(mkdtempSync(join(tmpdir(), 'newsgraph-aliases-')), 'aliases.json');
    const before = await graphSnapshot(driver);
    // Shoigu is (wrongly, for the test) one person with Putin
    const first = await mergeEntities(driver, 'person:vladimir-putin', 'person:sergei-shoigu', { dictionaryPath: dict });
    expect(first.changed).toBe(true);
    expect(await ids("MATCH (e:Entity {id: 'person:sergei-shoigu'}) RETURN e.id")).toEqual([]);
    const aliases = await ids("MATCH (e:Entity {id: 'person:vladimir-putin'}) UNWIND e.aliases AS a RETURN a ORDER BY a");
    expect(aliases).toEqual(expect.arrayContaining(['Putin', 'Shoigu', 'Sergei Shoigu']));
    const merged = await graphSnapshot(driver);

    const again = await mergeEntities(driver, 'person:vladimir-putin', 'person:sergei-shoigu', { dictionaryPath: dict });
    expect(again.changed).toBe(false);
    expect(await graphSnapshot(driver)).toEqual(merged);
    await writeExtractions(driver, all());
    expect(await graphSnapshot(driver)).toEqual(merged);
    expect(readAliasDictionary(dict)).toEqual([
      { id: 'person:vladimir-putin', type: 'Person', names: ['Sergei Shoigu', 'Shoigu', 'Vladimir Putin'], merged: ['person:sergei-shoigu'] },
    ]);

    await expect(mergeEntities(driver, 'person:sergei-shoigu', 'person:kim-jong-un')).rejects.toThrow(/merged into person:vladimir-putin/);
    await expect(mergeEntities(driver, 'person:kim-jong-un', 'person:nobody')).rejects.toThrow(/expected entity person:nobody/);

    expect((await splitEntity(driver, 'person:vladimir-putin', 'person:sergei-shoigu', { dictionaryPath: dict })).changed).toBe(true);
    expect(await graphSnapshot(driver)).toEqual(before);
    expect((await splitEntity(driver, 'person:vladimir-putin', 'person:sergei-shoigu', { dictionaryPath: dict })).changed).toBe(false);
    expect(await graphSnapshot(driver)).toEqual(before);
    expect(readAliasDictionary(dict)).toEqual([]);
  });

  it('chained merges resolve to the last kept entity and split one link at a time', async () => {
    const before = await graphSnapshot(driver);
    await mergeEntities(driver, 'country:RUS', 'country:UKR');
    await mergeEntities(driver, 'country:USA', 'country:RUS');
    expect(await ids("MATCH (e:Country) WHERE e.id IN ['country:RUS', 'country:UKR'] RETURN e.id")).toEqual([]);
    await splitEntity(driver, 'country:USA', 'country:RUS');
    expect(await ids("MATCH (e:Country) WHERE e.id IN ['country:RUS', 'country:UKR'] RETURN e.id ORDER BY e.id")).toEqual(['country:RUS']);
    await splitEntity(driver, 'country:RUS', 'country:UKR');
    expect(await graphSnapshot(driver)).toEqual(before);
  });

  it('reads and writes CSV dictionaries, and names the line of a bad entry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-aliases-'));
    const good = join(dir, 'a.csv');
    writeFileSync(good, 'id,type,names,merged\nperson:kim-jong-un,Person,Kim Jong Un|Kim Jong-un,person:kim\n');
    expect(readAliasDictionary(good)).toEqual([{ id: 'person:kim-jong-un', type: 'Person', names: ['Kim Jong Un', 'Kim Jong-un'], merged: ['person:kim'] }]);
    const bad = join(dir, 'b.csv');
    writeFileSync(bad, 'id,type,names\nperson:x,Person,X\ncountry:Y,Planet,Y\n');
    expect(() => readAliasDictionary(bad)).toThrow(/type: .*\(.*b\.csv, line 3\)/);
  });
});

describe('reprocess', () => {
  it('re-extracts documents of an older extractor version from their stored text', async () => {
    await wipeGraph(driver);
    await migrate(driver);
    const v1 = syntheticCorpus({ size: 30, extractorVersion: 'synthetic-1' });
    await writeExtractions(driver, v1);
    // what a fresh import with extractor v2 looks like
    const v2 = syntheticCorpus({ size: 30, extractorVersion: 'synthetic-2' });
    const byId = new Map(v2.map((i) => [i.document.id, i.extraction]));
    const result = await reprocessDocuments(driver, {
      extractorVersion: 'synthetic-2',
      extract: (doc) => byId.get(doc.id)!,
    });
    expect(result.failed).toEqual([]);
    expect(result.reprocessed).toBe(new Set(v1.map((i) => i.contentHash)).size);
    const reprocessed = await graphSnapshot(driver);
    await wipeGraph(driver);
    await migrate(driver);
    await writeExtractions(driver, v2);
    expect(reprocessed).toEqual(await graphSnapshot(driver));
    // nothing left to do
    expect((await reprocessDocuments(driver, { extractorVersion: 'synthetic-2', extract: () => { throw new Error('not called'); } })).reprocessed).toBe(0);
  });
});
