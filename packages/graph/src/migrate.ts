import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { z } from 'zod';
import { findGraphDir } from './find-graph-dir.js';
import { GraphError } from './graph-error.js';

/** One numbered migration file, read from disk. */
export interface MigrationFile {
  /** File name without `.cypher`, e.g. `0001-constraints`. */
  id: string;
  path: string;
  checksum: string;
  statements: string[];
}

export interface MigrateOptions {
  /** Folder of `NNNN-name.cypher` files; defaults to the repository's `graph/migrations`. */
  migrationsDir?: string;
  /** Neo4j database name; the server default when absent. */
  database?: string;
}

export interface MigrateResult {
  /** Migrations this call recorded (empty when the graph was already up to date). */
  applied: string[];
}

const MIGRATION_NAME = /^(\d{4})-[a-z0-9-]+\.cypher$/;

// Schema errors that mean "someone (maybe a concurrent migrator) already made this".
const ALREADY_EXISTS = /EquivalentSchemaRuleAlreadyExists|ConstraintAlreadyExists|IndexAlreadyExists/;

/** Reads and splits the migration files, in order. Statements are separated by `;` at a line end. */
export function readMigrations(migrationsDir?: string): MigrationFile[] {
  const dir = migrationsDir ?? join(findGraphDir(), 'migrations');
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.cypher'));
  } catch (err) {
    throw new GraphError('MIGRATIONS_NOT_FOUND', `migrate: expected a readable folder of .cypher files, got ${dir}. Pass migrationsDir.`, false, { cause: err });
  }
  const bad = names.filter((n) => !MIGRATION_NAME.test(n));
  if (bad.length > 0) {
    throw new GraphError('MIGRATION_FAILED', `migrate: expected files named NNNN-kebab-name.cypher, got ${bad.join(', ')} (${dir}). Rename them.`);
  }
  names.sort();
  return names.map((name) => {
    const path = join(dir, name);
    const text = readFileSync(path, 'utf8');
    const statements = splitStatements(text);
    if (!/^\s*\/\//.test(text)) {
      throw new GraphError('MIGRATION_FAILED', `migrate: expected ${path} to open with a // comment (purpose, params, returns, idempotent). Add one.`);
    }
    if (statements.length === 0) {
      throw new GraphError('MIGRATION_FAILED', `migrate: expected at least one statement in ${path}, got none.`);
    }
    return { id: name.replace(/\.cypher$/, ''), path, checksum: createHash('sha256').update(text).digest('hex'), statements };
  });
}

/** Drops `//` comment lines and splits on `;` at the end of a line. */
export function splitStatements(text: string): string[] {
  const body = text
    .split('\n')
    .filter((line) => !/^\s*\/\//.test(line))
    .join('\n');
  return body
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

const RecordedSchema = z.object({ id: z.string(), checksum: z.string().nullable() });

/**
 * Applies the forward-only numbered migrations that the graph has not recorded yet, each
 * statement in its own transaction (Neo4j forbids schema and data writes in one), then records
 * `(:Migration {id, checksum, appliedAt})`. Migrators take a lease lock first, so two processes
 * starting together apply each file once, in order; every statement is also idempotent
 * (`IF [NOT] EXISTS`). A recorded migration whose file changed is an error: migrations are never
 * edited after they ship.
 */
export async function migrate(driver: Driver, options: MigrateOptions = {}): Promise<MigrateResult> {
  const files = readMigrations(options.migrationsDir);
  const session = driver.session({ database: options.database });
  const token = randomUUID();
  const applied: string[] = [];
  try {
    await acquireLock(session, token);
    const recordedRows = await session.executeRead(async (tx) => {
      const res = await tx.run('MATCH (m:Migration) RETURN m.id AS id, m.checksum AS checksum');
      return res.records.map((r) => RecordedSchema.parse(r.toObject()));
    });
    const recorded = new Map(recordedRows.map((r) => [r.id, r.checksum]));
    for (const file of files) {
      const known = recorded.get(file.id);
      if (known !== undefined) {
        if (known !== file.checksum) {
          throw new GraphError(
            'MIGRATION_CHANGED',
            `migrate: expected ${file.path} to be unchanged since it was applied, got a different checksum. Migrations are forward-only: revert the edit and add a new numbered file.`,
          );
        }
        continue;
      }
      for (const [i, statement] of file.statements.entries()) {
        try {
          await session.executeWrite((tx) => tx.run(statement));
        } catch (err) {
          const code = (err as { code?: string }).code ?? '';
          if (ALREADY_EXISTS.test(code) || ALREADY_EXISTS.test(String((err as Error).message))) continue;
          throw new GraphError(
            'MIGRATION_FAILED',
            `migrate: expected statement ${i + 1} of ${file.path} to succeed, got ${code || 'an error'}: ${(err as Error).message}. Fix the migration or the database and run again.`,
            false,
            { cause: err },
          );
        }
      }
      const created = await session.executeWrite(async (tx) => {
        const res = await tx.run(
          `MERGE (m:Migration {id: $id})
           ON CREATE SET m.appliedAt = datetime(), m.checksum = $checksum, m.appliedBy = $token
           RETURN m.appliedBy = $token AS created`,
          { id: file.id, checksum: file.checksum, token },
        );
        return res.records[0]?.get('created') === true;
      });
      if (created) applied.push(file.id);
    }
    return { applied };
  } finally {
    try {
      await session.executeWrite((tx) => tx.run('MATCH (l:NewsgraphLock {id: $id, holder: $token}) DELETE l', { id: LOCK_ID, token }));
    } finally {
      await session.close();
    }
  }
}

const LOCK_ID = 'migrations';
const LOCK_LEASE_SECONDS = 120;

/**
 * Serialises migrators (several workers starting at once): a lease on one
 * `(:NewsgraphLock {id: 'migrations'})` node, taken in a write transaction (MERGE on a unique id
 * is race-free), released at the end, and expiring on its own if its holder died.
 */
async function acquireLock(session: ReturnType<Driver['session']>, token: string): Promise<void> {
  try {
    await session.executeWrite((tx) => tx.run('CREATE CONSTRAINT newsgraph_lock_id IF NOT EXISTS FOR (l:NewsgraphLock) REQUIRE l.id IS UNIQUE'));
  } catch (err) {
    const code = (err as { code?: string }).code ?? '';
    if (!ALREADY_EXISTS.test(code) && !ALREADY_EXISTS.test(String((err as Error).message))) throw err;
  }
  const deadline = Date.now() + 2 * LOCK_LEASE_SECONDS * 1000;
  for (;;) {
    const got = await session.executeWrite(async (tx) => {
      const res = await tx.run(
        `MERGE (l:NewsgraphLock {id: $id})
         WITH l WHERE l.holder IS NULL OR l.holder = $token OR l.expires < datetime()
         SET l.holder = $token, l.expires = datetime() + duration({seconds: $lease})
         RETURN true AS got`,
        { id: LOCK_ID, token, lease: LOCK_LEASE_SECONDS },
      );
      return res.records.length > 0;
    });
    if (got) return;
    if (Date.now() > deadline) {
      throw new GraphError(
        'MIGRATION_FAILED',
        'migrate: expected to take the migration lock, got it held by another process for too long. Check for a stuck migrator, or delete (:NewsgraphLock) and run again.',
      );
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}
