import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dataset } from '@vigie/core';
import Database from 'better-sqlite3';
import mysql from 'mysql2/promise';
import pg from 'pg';
import type { Connector } from '../../src/connector.js';
import { openMysqlConnector, openPostgresConnector, openSqliteConnector } from '../../src/index.js';
import type { SqlDriver } from '../../src/sql/driver.js';

export type OpenConnector = (dataset: Dataset) => Connector & { readonly driver: SqlDriver };

/** A database the contract suite runs on: a fresh, empty one per run, removed afterwards. */
export interface ConnectorTarget {
  readonly name: 'postgres' | 'mariadb' | 'sqlite';
  readonly unavailable?: string;
  /** `location` is the URL or file of the new database, for a child process to open it too. */
  create(): Promise<{ readonly open: OpenConnector; readonly location: string; drop(): Promise<void> }>;
}

const PSEUDONYM_KEY = randomBytes(32);

const POSTGRES_URL = process.env.VIGIE_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const MARIADB_URL = process.env.VIGIE_TEST_MARIADB_URL ?? 'mysql://root@127.0.0.1:3306/test';

export const sqliteTarget: ConnectorTarget = {
  name: 'sqlite',
  async create() {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-connector-'));
    const path = join(dir, 'plan.sqlite');
    new Database(path).close();
    return {
      location: path,
      open: (dataset) => openSqliteConnector(path, { dataset, pseudonymKey: PSEUDONYM_KEY }),
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
};

export async function postgresTarget(): Promise<ConnectorTarget> {
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3000 });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  const unavailable = await admin('select 1').then(
    () => undefined,
    (error: Error) => `PostgreSQL unreachable at 127.0.0.1:5432: ${error.message}`,
  );
  return {
    name: 'postgres',
    ...(unavailable === undefined ? {} : { unavailable }),
    async create() {
      const name = `vigie_conn_${randomBytes(6).toString('hex')}`;
      await admin(`create database ${name}`);
      const url = new URL(POSTGRES_URL);
      url.pathname = `/${name}`;
      return {
        location: url.toString(),
        open: (dataset) => openPostgresConnector(url.toString(), { dataset, pseudonymKey: PSEUDONYM_KEY }),
        drop: () => admin(`drop database if exists ${name} with (force)`),
      };
    },
  };
}

export async function mariadbTarget(): Promise<ConnectorTarget> {
  const admin = async (statement: string) => {
    const connection = await mysql.createConnection({ uri: MARIADB_URL, connectTimeout: 3000 });
    try {
      await connection.query(statement);
    } finally {
      await connection.end();
    }
  };
  const unavailable = await admin('select 1').then(
    () => undefined,
    (error: Error) => `MariaDB unreachable at 127.0.0.1:3306: ${error.message}`,
  );
  return {
    name: 'mariadb',
    ...(unavailable === undefined ? {} : { unavailable }),
    async create() {
      const name = `vigie_conn_${randomBytes(6).toString('hex')}`;
      await admin(`create database ${name}`);
      const url = new URL(MARIADB_URL);
      url.pathname = `/${name}`;
      return {
        location: url.toString(),
        open: (dataset) => openMysqlConnector(url.toString(), { dataset, pseudonymKey: PSEUDONYM_KEY }),
        drop: () => admin(`drop database if exists ${name}`),
      };
    },
  };
}
