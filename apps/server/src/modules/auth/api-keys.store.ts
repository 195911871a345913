import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ApiKeysTable, Database } from '../../db/schema.js';

/** 4 random bytes in hex: eight characters that tell keys apart in a list, and never contain the separator. */
const PREFIX_BYTES = 4;
/** 256 bits: the key is the only secret, so it must be beyond guessing on its own. */
const SECRET_BYTES = 32;
const KEY_SHAPE = /^vk_([0-9a-f]{8})_[A-Za-z0-9_-]{43}$/;
/** As for sessions: a write per call would make every API read a write; a minute is precise enough for audits. */
const LAST_USED_RESOLUTION_MS = 60_000;

interface NewApiKey {
  readonly name: string;
  /** Scope codes, validated by the caller against the permissions that allow API keys. */
  readonly scopes: readonly string[];
  /** The user issuing the key. */
  readonly createdBy: string;
  readonly expiresAt?: Date;
}

interface ApiKeyView {
  readonly id: string;
  readonly name: string;
  readonly prefix: string;
  readonly scopes: readonly string[];
  readonly createdBy: string;
  readonly createdAt: string;
  readonly expiresAt: string | null;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
}

type AuthenticatedKey =
  | { readonly ok: true; readonly apiKey: ApiKeyView }
  | { readonly ok: false; readonly reason: 'unknown' | 'revoked' | 'expired' };

/**
 * SHA-256, not argon2: the key is 256 random bits, so there is nothing for a slow hash to protect against, and
 * it is checked on every machine request.
 */
function keyHashOf(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

function viewOf(row: ApiKeysTable): ApiKeyView {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: JSON.parse(row.scopes) as string[],
    createdBy: row.created_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

/** API keys for machines: `vk_<prefix>_<secret>`, shown once; the store keeps its hash and its prefix only. */
export function createApiKeysStore(options: { readonly db: Kysely<Database> }) {
  const { db } = options;

  return {
    async createApiKey(input: NewApiKey, now = new Date()): Promise<{ key: string; record: ApiKeyView }> {
      const prefix = randomBytes(PREFIX_BYTES).toString('hex');
      const key = `vk_${prefix}_${randomBytes(SECRET_BYTES).toString('base64url')}`;
      const row: ApiKeysTable = {
        id: randomUUID(),
        name: input.name,
        prefix,
        key_hash: keyHashOf(key),
        scopes: JSON.stringify(input.scopes),
        created_by: input.createdBy,
        created_at: now.toISOString(),
        expires_at: input.expiresAt?.toISOString() ?? null,
        last_used_at: null,
        revoked_at: null,
      };
      await db.insertInto('api_keys').values(row).execute();
      return { key, record: viewOf(row) };
    },

    /** The key a request presents, or why it is refused. Records the use at most once a minute. */
    async authenticateApiKey(key: string, now = new Date()): Promise<AuthenticatedKey> {
      const prefix = KEY_SHAPE.exec(key)?.[1];
      if (prefix === undefined) return { ok: false, reason: 'unknown' };
      const row = await db.selectFrom('api_keys').selectAll().where('key_hash', '=', keyHashOf(key)).executeTakeFirst();
      if (row === undefined || row.prefix !== prefix) return { ok: false, reason: 'unknown' };
      if (row.revoked_at !== null) return { ok: false, reason: 'revoked' };
      const time = now.getTime();
      if (row.expires_at !== null && Date.parse(row.expires_at) <= time) return { ok: false, reason: 'expired' };
      if (row.last_used_at === null || time - Date.parse(row.last_used_at) >= LAST_USED_RESOLUTION_MS) {
        const at = now.toISOString();
        await db.updateTable('api_keys').set({ last_used_at: at }).where('id', '=', row.id).execute();
        return { ok: true, apiKey: viewOf({ ...row, last_used_at: at }) };
      }
      return { ok: true, apiKey: viewOf(row) };
    },

    /** Every key, revoked and expired ones included (they remain part of the record), newest first. */
    async listApiKeys(): Promise<ApiKeyView[]> {
      const rows = await db.selectFrom('api_keys').selectAll().orderBy('created_at', 'desc').orderBy('id').execute();
      return rows.map(viewOf);
    },

    /** False when the key is unknown or already revoked. */
    async revokeApiKey(id: string, now = new Date()): Promise<boolean> {
      const result = await db
        .updateTable('api_keys')
        .set({ revoked_at: now.toISOString() })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
  };
}
