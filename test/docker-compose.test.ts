/**
 * docker-compose.yml cannot run on machines without a Docker engine, so it is checked
 * statically: parsed as YAML, then every service, image, published port, credential and
 * worker setting compared with what the project promises (loopback-only ports, credentials
 * from env, official images, workers built from the root Dockerfile).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ConfigSchema } from '../packages/schemas/src/config.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

interface ComposeService {
  image?: string;
  build?: { context?: string; dockerfile?: string } | string;
  command?: string[] | string;
  environment?: Record<string, string | number | boolean | null>;
  ports?: (string | { host_ip?: string; published?: string | number; target?: number })[];
  volumes?: string[];
  depends_on?: Record<string, { condition?: string }>;
  healthcheck?: { test?: string[] | string };
}
interface ComposeFile {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
}

// `merge: true` resolves the `<<: *worker` YAML merge keys the way Docker Compose does.
const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'), {
  merge: true,
}) as ComposeFile;
const services = compose.services;
const service = (name: string): ComposeService => {
  const s = services[name];
  if (s === undefined)
    throw new Error(
      `docker-compose.yml: expected a service named ${name}, got ${Object.keys(services).join(', ')}`,
    );
  return s;
};

describe('docker-compose.yml', () => {
  it('defines exactly Neo4j, Redis, the guide server and the two workers', () => {
    expect(Object.keys(services).sort()).toEqual([
      'extract-worker',
      'graph-writer',
      'guide',
      'neo4j',
      'redis',
    ]);
  });

  it.each([
    ['neo4j', 'neo4j:5.26-community'],
    ['redis', 'redis:7'],
  ])('%s uses the official image %s', (name, image) => {
    expect(service(name).image).toBe(image);
  });

  it('publishes every port on 127.0.0.1 only', () => {
    const published: string[] = [];
    for (const [name, s] of Object.entries(services)) {
      for (const port of s.ports ?? []) {
        const text =
          typeof port === 'string'
            ? port
            : `${port.host_ip ?? ''}:${port.published ?? ''}:${port.target ?? ''}`;
        expect(text, `${name} publishes ${text}`).toMatch(/^127\.0\.0\.1:\d+:\d+$/);
        published.push(`${name} ${text}`);
      }
    }
    expect(published.sort()).toEqual([
      'guide 127.0.0.1:7480:80',
      'neo4j 127.0.0.1:7474:7474',
      'neo4j 127.0.0.1:7687:7687',
      'redis 127.0.0.1:6379:6379',
    ]);
  });

  it('takes the Neo4j password from NEO4J_PASSWORD (default newsgraph) for the server and the workers', () => {
    expect(service('neo4j').environment?.['NEO4J_AUTH']).toBe('neo4j/${NEO4J_PASSWORD:-newsgraph}');
    for (const name of ['extract-worker', 'graph-writer']) {
      expect(service(name).environment?.['NEO4J_PASSWORD']).toBe('${NEO4J_PASSWORD:-newsgraph}');
      expect(service(name).environment?.['NEO4J_USER']).toBe('neo4j');
    }
  });

  it('keeps Neo4j small, quiet and loading the project guide from loopback', () => {
    const env = service('neo4j').environment ?? {};
    expect(env['NEO4J_server_memory_heap_max__size']).toBe('1g');
    expect(env['NEO4J_server_memory_pagecache_size']).toBe('256m');
    expect(env['NEO4J_dbms_usage__report_enabled']).toBe('false');
    expect(env['NEO4J_browser_remote__content__hostname__whitelist']).toBe('127.0.0.1');
    expect(env['NEO4J_browser_post__connect__cmd']).toBe(
      'style http://127.0.0.1:7480/newsgraph/style.grass; play http://127.0.0.1:7480/newsgraph/guide.html',
    );
    // Both files it names are served from graph/browser.
    for (const file of ['style.grass', 'guide.html']) {
      expect(existsSync(join(root, 'graph/browser', file)), `graph/browser/${file}`).toBe(true);
    }
    expect(service('guide').volumes).toContain('./graph/browser:/srv/newsgraph:ro');
    expect(existsSync(join(root, 'docker/guide-nginx.conf'))).toBe(true);
  });

  it.each([
    ['extract-worker', 'workers/extract'],
    ['graph-writer', 'workers/graph-writer'],
  ])('%s is built from the root Dockerfile and runs node %s/dist/main.js', (name, dir) => {
    const s = service(name);
    expect(s.build).toEqual({ context: '.', dockerfile: 'Dockerfile' });
    expect(s.command).toEqual(['node', `${dir}/dist/main.js`]);
    expect(
      existsSync(join(root, dir, 'src/main.ts')),
      `${dir}/src/main.ts builds to dist/main.js`,
    ).toBe(true);
  });

  it('points the workers at the compose services and waits until they are healthy', () => {
    for (const name of ['extract-worker', 'graph-writer']) {
      const s = service(name);
      expect(s.environment?.['REDIS_URL']).toBe('redis://redis:6379');
      expect(s.environment?.['NEO4J_URI']).toBe('bolt://neo4j:7687');
      expect(s.depends_on).toEqual({
        redis: { condition: 'service_healthy' },
        neo4j: { condition: 'service_healthy' },
      });
    }
    expect(service('neo4j').healthcheck?.test).toBeDefined();
    expect(service('redis').healthcheck?.test).toEqual(['CMD', 'redis-cli', 'ping']);
  });

  it('gives the workers only variables the project reads, and each default passes its schema', () => {
    const known = new Set(Object.keys(ConfigSchema.shape));
    for (const name of ['extract-worker', 'graph-writer']) {
      const env = service(name).environment ?? {};
      for (const key of Object.keys(env))
        expect(known.has(key), `${name}: ${key} is not in ConfigSchema`).toBe(true);
      // What the container sees when the user sets nothing: each ${VAR:-default} resolved.
      const resolved = Object.fromEntries(
        Object.entries(env).map(([k, v]) => [k, String(v).replace(/^\$\{[A-Z_]+:-(.*)\}$/, '$1')]),
      );
      expect(() => ConfigSchema.parse(resolved)).not.toThrow();
    }
  });

  it('keeps Neo4j data in a named volume', () => {
    expect(service('neo4j').volumes).toContain('neo4j-data:/data');
    expect(Object.keys(compose.volumes ?? {})).toContain('neo4j-data');
  });
});

describe('Dockerfile', () => {
  const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');

  it('installs the pnpm version pinned in package.json and builds with the frozen lockfile', () => {
    const pinned = (
      JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { packageManager: string }
    ).packageManager;
    expect(dockerfile).toContain(`npm install -g ${pinned}`);
    expect(dockerfile).toMatch(/pnpm install --frozen-lockfile/);
    expect(dockerfile).toMatch(/pnpm run build/);
  });

  it('runs on Node 20 as the unprivileged node user', () => {
    expect(dockerfile).toMatch(/^FROM node:20-/m);
    expect(dockerfile).toMatch(/^USER node$/m);
  });
});

describe('README agrees with docker-compose.yml', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');

  it('names both official images and the compose command', () => {
    expect(readme).toContain('docker compose up');
    expect(readme).toContain('neo4j:5.26-community');
    expect(readme).toContain('redis:7');
  });

  it('documents each worker variable with the default compose gives it', () => {
    for (const [key, value] of Object.entries(service('graph-writer').environment ?? {})) {
      const fallback = /^\$\{[A-Z_]+:-(.*)\}$/.exec(String(value))?.[1];
      if (fallback === undefined) continue; // container-internal addresses, not user settings
      expect(
        readme,
        `README's configuration table should give ${key} the default ${fallback}`,
      ).toMatch(
        new RegExp(
          `\\|\\s*\`${key}\`\\s*\\|\\s*\`${fallback.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\``,
        ),
      );
    }
  });

  it('mentions the Browser and Bolt ports the compose file publishes', () => {
    expect(readme).toContain('7474');
    expect(readme).toContain('7687');
  });
});
