import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from './migrate.js';
import { loadSavedQueries, runSavedQuery } from './saved-queries.js';
import { testDriver, wipeGraph } from './test-fixtures/int-support.js';
import { seedItem } from './test-fixtures/seed-extraction.js';
import { writeExtractions } from './write-extractions.js';

let driver: Driver;

beforeAll(async () => {
  driver = testDriver();
  await wipeGraph(driver);
  await migrate(driver);
  await writeExtractions(driver, [seedItem()]);
});
afterAll(async () => {
  await driver.close();
});

describe('saved queries on the seed graph', () => {
  it.each(loadSavedQueries().map((q) => [q.name, q] as const))('%s runs and returns rows', async (name, q) => {
    const rows = await runSavedQuery(driver, name, q.example);
    expect(rows.length).toBeGreaterThan(0);
  });

  it('allies-and-adversaries sides Russia with North Korea and against Ukraine', async () => {
    const rows = await runSavedQuery(driver, 'allies-and-adversaries', { entity: 'country:RUS' });
    const side = Object.fromEntries(rows.map((r) => [`${String(r.direction)} ${String(r.name)}`, r.side]));
    expect(side).toMatchObject({ 'incoming North Korea': 'ally', 'outgoing Ukraine': 'adversary', 'outgoing North Korea': 'attributed' });
  });

  it("country-stance counts Kim's support for Putin toward North Korea → Russia", async () => {
    const rows = await runSavedQuery(driver, 'country-stance', { country: 'country:PRK' });
    const prkRus = rows.find((r) => r.sourceId === 'country:PRK' && r.targetId === 'country:RUS');
    expect(prkRus).toMatchObject({ positive: 3, negative: 0, score: 1, viaPeople: 2 });
  });

  it('the full-text index finds entities by alias', async () => {
    const session = driver.session();
    const res = await session.run("CALL db.index.fulltext.queryNodes('entity_names', 'Pyongyang') YIELD node RETURN node.id AS id");
    await session.close();
    expect(res.records.map((r) => r.get('id') as string)).toContain('country:PRK');
  });

  it('top-co-mentioned-pairs uses every article when none has a date', async () => {
    await wipeGraph(driver);
    await migrate(driver);
    const undated = seedItem();
    const document = { ...undated.document };
    delete document.publishedAt;
    await writeExtractions(driver, [{ ...undated, document }]);
    const rows = await runSavedQuery(driver, 'top-co-mentioned-pairs', { since: null });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]!.since).toBeNull();
  });
});
