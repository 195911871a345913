import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import type { DatabaseConfig } from '../../config/config.js';
import { Secret } from '../../config/secret.js';

/** A store the contract suite can run on: a fresh, empty one per run, removed afterwards. */
export interface StoreTarget {
  readonly name: 'sqlite' | 'postgres';
  /** Why this target cannot run here, when it cannot. */
  readonly unavailable?: string;
  create(): Promise<{ readonly database: DatabaseConfig; drop(): Promise<void> }>;
}

/** The PostgreSQL the tests use; VIGIE_TEST_POSTGRES_URL points elsewhere (an admin URL: it creates databases). */
const POSTGRES_ADMIN_URL = process.env.VIGIE_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export const sqliteTarget: StoreTarget = {
  name: 'sqlite',
  async create() {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-store-'));
    return {
      database: { kind: 'sqlite', path: join(dir, 'data', 'vigie.sqlite') },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
};

/** Probes PostgreSQL once; the target carries the reason when it cannot be reached. */
export async function postgresTarget(): Promise<StoreTarget> {
  const probe = new Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 3000 });
  let unavailable: string | undefined;
  try {
    await probe.connect();
    await probe.query('select 1');
  } catch (error) {
    unavailable = `PostgreSQL unreachable at ${redact(POSTGRES_ADMIN_URL)}: ${(error as Error).message}`;
  } finally {
    await probe.end().catch(() => {});
  }
  return {
    name: 'postgres',
    ...(unavailable === undefined ? {} : { unavailable }),
    async create() {
      // A database of its own per run: runs in parallel (CI, several workers) never see each other's rows.
      const name = `vigie_store_${randomBytes(6).toString('hex')}`;
      await admin(`create database ${name}`);
      const url = new URL(POSTGRES_ADMIN_URL);
      url.pathname = `/${name}`;
      return {
        database: { kind: 'postgres', url: new Secret(url.toString()) },
        drop: () => admin(`drop database if exists ${name} with (force)`),
      };
    },
  };
}

async function admin(statement: string): Promise<void> {
  const client = new Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password !== '') parsed.password = '***';
  return parsed.toString();
}
