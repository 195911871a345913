import { basename } from 'node:path';
import type { DatasetEngine, Localized } from '@vigie/core';
import Database from 'better-sqlite3';
import mysql from 'mysql2/promise';
import pg from 'pg';
import type { CatalogueQuery, IntrospectedSchema, IntrospectedTable } from './introspected-schema.js';
import { readMysqlSchema } from './read-mysql.js';
import { readPostgresSchema } from './read-postgres.js';
import { readSqliteSchema } from './read-sqlite.js';

export type IntrospectErrorCode = 'introspect.unsupported-url' | 'introspect.unreachable' | 'introspect.no-tables';

export type IntrospectResult =
  | { readonly ok: true; readonly value: IntrospectedSchema }
  | { readonly ok: false; readonly code: IntrospectErrorCode; readonly message: Localized };

/** Which engine a URL names, and what its driver is given: postgres://, mysql:// (or mariadb://), sqlite:PATH. */
export function engineOfUrl(url: string): { engine: DatasetEngine; target: string } | undefined {
  if (/^postgres(ql)?:\/\//i.test(url)) return { engine: 'postgres', target: url };
  if (/^(mysql|mariadb):\/\//i.test(url)) return { engine: 'mysql', target: url.replace(/^mariadb:/i, 'mysql:') };
  const sqlite = /^sqlite:(\/\/)?(.+)$/i.exec(url);
  if (sqlite?.[2] !== undefined) return { engine: 'sqlite', target: sqlite[2] };
  return undefined;
}

/** The URL as it may be printed: the password, if any, replaced by asterisks. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/?#@]*):[^@/?#]*@/i, '$1:***@');
}

/**
 * Reads the tables, columns, primary and foreign keys of a live database; reads no rows. SQLite files are
 * opened read-only. A failure is a value whose message never repeats the URL (it may hold a password):
 * only the driver's error code is kept, to say what to look at.
 */
export async function introspectDatabase(url: string): Promise<IntrospectResult> {
  const parsed = engineOfUrl(url);
  if (parsed === undefined) {
    return {
      ok: false,
      code: 'introspect.unsupported-url',
      message: {
        en: 'expected a URL of the form postgres://…, mysql://… or sqlite:PATH',
        fr: 'URL attendue de la forme postgres://…, mysql://… ou sqlite:CHEMIN',
      },
    };
  }
  let tables: IntrospectedTable[];
  let database: string;
  try {
    ({ tables, database } = await readWith(parsed.engine, parsed.target));
  } catch (error) {
    const code = String((error as { code?: unknown }).code ?? 'unknown');
    return {
      ok: false,
      code: 'introspect.unreachable',
      message: {
        en: `the database could not be read (driver code ${code}): check the URL, that the server runs and the user may read its catalogue`,
        fr: `la base de données n’a pas pu être lue (code du pilote ${code}) : vérifiez l’URL, que le serveur fonctionne et que l’utilisateur peut lire son catalogue`,
      },
    };
  }
  if (tables.length === 0) {
    return {
      ok: false,
      code: 'introspect.no-tables',
      message: { en: 'the database has no tables to annotate', fr: 'la base de données n’a aucune table à annoter' },
    };
  }
  return { ok: true, value: { engine: parsed.engine, database, tables } };
}

async function readWith(
  engine: DatasetEngine,
  target: string,
): Promise<{ tables: IntrospectedTable[]; database: string }> {
  if (engine === 'sqlite') {
    const db = new Database(target, { readonly: true, fileMustExist: true });
    try {
      const query: CatalogueQuery = async (sql, values) => db.prepare(sql).all(...values) as Record<string, unknown>[];
      return { tables: await readSqliteSchema(query), database: basename(target).replace(/\.[^.]*$/, '') };
    } finally {
      db.close();
    }
  }
  if (engine === 'postgres') {
    const client = new pg.Client({ connectionString: target, connectionTimeoutMillis: 10_000 });
    await client.connect();
    try {
      const query: CatalogueQuery = async (sql, values) => (await client.query(sql, values as unknown[])).rows;
      const [current] = await query('select current_database() as name', []);
      return { tables: await readPostgresSchema(query), database: String(current?.name ?? '') };
    } finally {
      await client.end();
    }
  }
  const connection = await mysql.createConnection({ uri: target, connectTimeout: 10_000 });
  try {
    const query: CatalogueQuery = async (sql, values) => {
      const [rows] = await connection.execute(sql, values as unknown[] as mysql.ExecuteValues);
      return rows as Record<string, unknown>[];
    };
    const [current] = await query('select database() as name', []);
    return { tables: await readMysqlSchema(query), database: String(current?.name ?? '') };
  } finally {
    await connection.end();
  }
}
