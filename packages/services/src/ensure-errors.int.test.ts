import { createServer, type Server, type Socket } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureNeo4j } from './ensure-neo4j.js';
import { ensureRedis } from './ensure-redis.js';
import { isServicesError } from './errors.js';

/** Resolves the error a promise rejects with (or undefined when it resolves). */
const rejection = (p: Promise<unknown>): Promise<unknown> =>
  p.then(
    () => undefined,
    (e: unknown) => e,
  );

describe('ensure* refuse clearly instead of starting where they must not', () => {
  let squatter: Server;
  const sockets = new Set<Socket>();
  let squatterPort = 0;
  let cacheRoot: string;

  beforeAll(async () => {
    cacheRoot = await mkdtemp(join(tmpdir(), 'newsgraph-ensure-'));
    // A program that accepts TCP connections but does not speak Bolt.
    squatter = createServer((socket) => {
      sockets.add(socket);
      socket.on('error', () => undefined); // the driver hangs up on it, as it should
      socket.on('close', () => sockets.delete(socket));
      socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
    });
    await new Promise<void>((resolve) => squatter.listen(0, '127.0.0.1', resolve));
    const address = squatter.address();
    squatterPort = typeof address === 'object' && address !== null ? address.port : 0;
  });

  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => squatter.close(resolve));
    await rm(cacheRoot, { recursive: true, force: true });
  });

  it('a non-Neo4j program on the Bolt port: NEO4J_PORT_BUSY naming the port and NEO4J_URI', async () => {
    const err = await rejection(
      ensureNeo4j({
        uri: `bolt://127.0.0.1:${squatterPort}`,
        user: 'neo4j',
        password: 'whatever-password',
        httpPort: squatterPort,
        cacheRoot,
      }),
    );
    expect(isServicesError(err, 'NEO4J_PORT_BUSY')).toBe(true);
    expect((err as Error).message).toContain(String(squatterPort));
    expect((err as Error).message).toContain('NEO4J_URI');
  });

  it('an unreachable remote Neo4j is never started here: the message says where to start it', async () => {
    // TEST-NET-1 (RFC 5737): guaranteed not to answer.
    const err = await rejection(
      ensureNeo4j({
        uri: 'bolt://192.0.2.1:7687',
        user: 'neo4j',
        password: 'whatever-password',
        httpPort: 7474,
        cacheRoot,
      }),
    );
    expect(isServicesError(err, 'NEO4J_START_FAILED')).toBe(true);
    expect((err as Error).message).toMatch(/not a loopback.*NEO4J_URI/s);
  });

  it('an unreachable remote Redis is never started here: REDIS_UNAVAILABLE naming REDIS_URL', async () => {
    const err = await rejection(ensureRedis({ url: 'redis://192.0.2.1:6379', cacheRoot }));
    expect(isServicesError(err, 'REDIS_UNAVAILABLE')).toBe(true);
    expect((err as Error).message).toContain('REDIS_URL');
  });

  it('a malformed URI is a configuration error, not a start attempt', async () => {
    const err = await rejection(
      ensureNeo4j({
        uri: 'http://127.0.0.1:7474',
        user: 'neo4j',
        password: 'whatever-password',
        httpPort: 7474,
        cacheRoot,
      }),
    );
    expect(isServicesError(err, 'SERVICES_CONFIG')).toBe(true);
  });
});
