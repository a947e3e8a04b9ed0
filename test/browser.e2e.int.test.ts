/**
 * End to end in a real browser: Debian's Chromium, driven by playwright-core, opens Neo4j Browser
 * on the test Neo4j, connects, checks that the project's guide opened on connect, runs a saved
 * query from graph/queries over the seed graph (loaded with `newsgraph run fixtures/articles`),
 * and checks that the nodes the query returns are the ones drawn. Screenshots go to
 * test-artifacts/ (kept on failure too, to see what Browser showed).
 */
import { spawn } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j, { type Driver } from 'neo4j-driver';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wipeNeo4j } from '../packages/services/src/index.js';
import { CHROMIUM_ARGS, ensureChromium } from './support/chromium.js';
import { testEnv, testServices } from './support/services.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const artifacts = join(root, 'test-artifacts');
const QUERY_FILE = 'graph/queries/allies-and-adversaries.cypher';
const QUERY_PARAMS = { entity: 'person:kim-jong-un' };

/** A saved query without its header comments, on one line (Browser's editor runs on Enter). */
function queryBody(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `:params {…}` for Browser, from plain string values (quoted as Cypher string literals). */
function paramsCommand(params: Record<string, string>): string {
  const entries = Object.entries(params).map(
    ([k, v]) => `${k}: '${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`,
  );
  return `:params {${entries.join(', ')}}`;
}

/** Runs the `newsgraph` CLI to completion; rejects with its output when it fails or hangs. */
function runCli(args: string[], env: NodeJS.ProcessEnv, timeoutMs = 240_000): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [join(root, 'packages/cli/bin/newsgraph.js'), ...args], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', reject);
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolvePromise(output);
      else
        reject(
          new Error(
            `newsgraph ${args.join(' ')}: expected exit 0, got ${code ?? signal}. Output:\n${output}`,
          ),
        );
    });
  });
}

const normalise = (s: string): string => s.replace(/\s+/g, ' ').trim();

describe('Neo4j Browser (real Chromium) over the seed graph', () => {
  let browser: Browser;
  let page: Page;
  let driver: Driver;

  beforeAll(async () => {
    const s = testServices();
    const executablePath = await ensureChromium((m) =>
      process.stderr.write(`[browser test] ${m}\n`),
    );
    await mkdir(artifacts, { recursive: true });

    driver = neo4j.driver(s.neo4jUri, neo4j.auth.basic(s.neo4jUser, s.neo4jPassword));
    await wipeNeo4j(driver);
    // The seed graph through the real main command: ingest, queues, workers, Neo4j.
    await runCli(
      ['run', 'fixtures/articles', '--no-services', '--no-progress'],
      testEnv({ LOG_LEVEL: 'warn' }),
    );

    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  });

  afterAll(async () => {
    await browser?.close();
    await driver?.close();
  });

  it('connects with the test credentials and opens the project guide on connect', async () => {
    const s = testServices();
    const boltHostPort = s.neo4jUri.replace(/^bolt:\/\//, '');
    await page.goto(
      `${s.neo4jHttpUrl}/browser/?dbms=bolt://${s.neo4jUser}@${boltHostPort}&preselectAuthMethod=NATIVE`,
    );
    const password = page.locator('input[data-testid="password"]');
    await password.waitFor({ timeout: 60_000 });
    await password.fill(s.neo4jPassword);
    await page.locator('button[data-testid="connect"]').click();
    await page.getByText('Connected to Neo4j').first().waitFor({ timeout: 60_000 });

    const guideFrame = page.locator('[data-testid="frame"]', {
      has: page.locator('[data-testid="frameCommand"]', {
        hasText: '/browser/newsgraph/guide.html',
      }),
    });
    await guideFrame.first().waitFor({ timeout: 60_000 });
    await page.screenshot({ path: join(artifacts, 'browser-connected.png') });
    const guideText = normalise(await guideFrame.first().innerText());
    expect(guideText).not.toMatch(/No guide by that name|Could not fetch|not allowed/i);
    expect(guideText.length).toBeGreaterThan(20);
  });

  it(`runs ${QUERY_FILE} and draws exactly the nodes the query returns`, async () => {
    const query = queryBody(await readFile(join(root, QUERY_FILE), 'utf8'));
    // What the query returns, read with the driver: the nodes Browser must draw.
    const { records } = await driver.executeQuery(query, QUERY_PARAMS);
    const expected = new Set<string>();
    for (const record of records) {
      for (const value of record.values()) {
        if (value instanceof neo4j.types.Node)
          expected.add(normalise(String(value.properties['name'])));
      }
    }
    expect([...expected]).toEqual(expect.arrayContaining(['Kim Jong Un', 'Vladimir Putin']));

    const editor = page.locator('[data-testid="activeEditor"]');
    const runCommand = async (command: string): Promise<void> => {
      await editor.click();
      await page.keyboard.type(command);
      await page.locator('[data-testid="editor-Run"]').click();
    };
    await runCommand(paramsCommand(QUERY_PARAMS));
    await runCommand(query);

    const frame = page.locator('[data-testid="frame"]', {
      has: page.locator('[data-testid="frameCommand"]', {
        hasText: 'MATCH (e:Entity {id: $entity})',
      }),
    });
    const nodes = frame.first().locator('svg g.node');
    await expect.poll(() => nodes.count(), { timeout: 60_000 }).toBe(expected.size);
    await page.screenshot({ path: join(artifacts, 'browser-saved-query.png') });
    const drawn = new Set((await nodes.allTextContents()).map(normalise));
    expect(drawn).toEqual(expected);
  });
});
