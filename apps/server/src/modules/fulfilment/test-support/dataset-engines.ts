import { randomBytes } from 'node:crypto';
import { openMysqlConnector, openPostgresConnector } from '@vigie/connectors';
import type { Dataset } from '@vigie/core';

/** A connector the test opens itself, to seed the rows and to read what the job did to them. */
type EngineConnector = ReturnType<typeof openPostgresConnector>;

/**
 * A database server an organisation's dataset lives in, for end-to-end fulfilment tests: a fresh, empty database
 * per run (created and dropped by the test), which the server reaches through its URL as a real installation would.
 */
export interface DatasetEngine {
  readonly name: 'postgres' | 'mariadb';
  /** The `engine` of the dataset annotation. */
  readonly engine: Dataset['engine'];
  /** Why this engine cannot be reached here, when it cannot. */
  readonly unavailable?: string;
  create(): Promise<{
    /** What VIGIE_DATASET_URLS gives the server for the dataset. */
    readonly url: string;
    readonly connector: EngineConnector;
    drop(): Promise<void>;
  }>;
}

// Admin URLs (they create databases); the same variables as the connector contract suite.
const POSTGRES_URL = process.env.VIGIE_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const MARIADB_URL = process.env.VIGIE_TEST_MARIADB_URL ?? 'mysql://root@127.0.0.1:3306/test';
// The test's own connectors never erase, so the pseudonym key they hold plays no part.
const TEST_KEY = new Uint8Array(32);

function withDatabase(admin: string, name: string): string {
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A server that does not answer must not hang the suite: its probe gives up after a few seconds. */
async function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * PostgreSQL and MariaDB, each probed once; a target carries the reason when its server cannot be reached. The
 * admin statements go through the connectors' own drivers, so the test reaches the databases the way the server does.
 */
export async function datasetEngines(dataset: Dataset): Promise<DatasetEngine[]> {
  const engines = [
    {
      name: 'postgres' as const,
      engine: 'postgres' as const,
      adminUrl: POSTGRES_URL,
      open: (url: string) => openPostgresConnector(url, { dataset, pseudonymKey: TEST_KEY }),
      dropStatement: (name: string) => `drop database if exists ${name} with (force)`,
    },
    {
      name: 'mariadb' as const,
      engine: 'mysql' as const,
      adminUrl: MARIADB_URL,
      open: (url: string) => openMysqlConnector(url, { dataset, pseudonymKey: TEST_KEY }),
      dropStatement: (name: string) => `drop database if exists ${name}`,
    },
  ];
  const out: DatasetEngine[] = [];
  for (const e of engines) {
    const admin = async (statement: string) => {
      const connector = e.open(e.adminUrl);
      try {
        await within(5000, connector.driver.run(statement, []));
      } finally {
        await within(5000, connector.close()).catch(() => undefined);
      }
    };
    const host = new URL(e.adminUrl).host;
    const unavailable = await admin('select 1').then(
      () => undefined,
      (error: Error) => `${e.name} unreachable at ${host}: ${error.message}`,
    );
    out.push({
      name: e.name,
      engine: e.engine,
      ...(unavailable === undefined ? {} : { unavailable }),
      async create() {
        // A database of its own per run: parallel runs never see each other's rows.
        const name = `vigie_fulfil_${randomBytes(6).toString('hex')}`;
        await admin(`create database ${name}`);
        const url = withDatabase(e.adminUrl, name);
        const connector = e.open(url);
        return {
          url,
          connector,
          async drop() {
            await connector.close().catch(() => undefined);
            await admin(e.dropStatement(name));
          },
        };
      },
    });
  }
  return out;
}
