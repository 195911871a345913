import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { FieldCipher } from '../../crypto/field-cipher.js';
import type { Database, SessionsTable } from '../../db/schema.js';
import { type SignInStage, signInStage } from './stage.js';
import { USER_VIEW_COLUMNS, type UserView, userViewOf } from './user-view.js';

/**
 * 30 minutes without a request ends a session: staff open health and insurance files, often on shared or
 * unattended workstations, and OWASP's session management guidance puts high-value applications at 15 to 30
 * minutes of idleness.
 */
const IDLE_TIMEOUT_MS = 30 * 60_000;
/**
 * 12 hours at most, however active: a working day, so everyone proves their password (and second factor) again
 * each day and a stolen cookie cannot live on indefinitely by being used.
 */
const ABSOLUTE_LIFETIME_MS = 12 * 60 * 60_000;
/**
 * last_seen_at is written at most once a minute: a write on every request would turn each read of the API into a
 * write (SQLite has a single writer, so that caps throughput), and a minute is nothing against a 30-minute idle
 * timeout (a session may end up to a minute early).
 */
const LAST_SEEN_RESOLUTION_MS = 60_000;

/** 32 random bytes: 256 bits, far beyond guessing; base64url so it fits a cookie as is. */
const TOKEN_BYTES = 32;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

interface SessionsStoreOptions {
  readonly db: Kysely<Database>;
  readonly cipher: Pick<FieldCipher, 'decrypt'>;
  readonly idleTimeoutMs?: number;
  readonly absoluteLifetimeMs?: number;
}

interface SessionView {
  /** SHA-256 of the token: what the CSRF token and the journal refer to, useless as a cookie. */
  readonly id: string;
  readonly userId: string;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly lastSeenAt: string;
  readonly secondFactorAt: string | null;
  readonly revokedAt: string | null;
}

type ResolvedSession =
  | { readonly ok: true; readonly session: SessionView; readonly user: UserView; readonly stage: SignInStage }
  | { readonly ok: false; readonly reason: 'unknown' | 'expired' | 'revoked' | 'user_disabled' };

/** The row id of a token. A copy of the sessions table therefore hands out no live cookie. */
function sessionIdOf(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('base64url');
}

function viewOf(row: SessionsTable): SessionView {
  return {
    id: row.id,
    userId: row.user_id,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastSeenAt: row.last_seen_at,
    secondFactorAt: row.second_factor_at,
    revokedAt: row.revoked_at,
  };
}

/** Staff sessions: a random token in the cookie, only its hash in the store. */
export function createSessionsStore(options: SessionsStoreOptions) {
  const { db, cipher } = options;
  const idleTimeoutMs = options.idleTimeoutMs ?? IDLE_TIMEOUT_MS;
  const absoluteLifetimeMs = options.absoluteLifetimeMs ?? ABSOLUTE_LIFETIME_MS;

  return {
    /** The token goes into the cookie and nowhere else; it cannot be recovered from the store. */
    async createSession(
      userId: string,
      options: { readonly secondFactorPassed: boolean },
      now = new Date(),
    ): Promise<{ token: string; session: SessionView }> {
      const token = randomBytes(TOKEN_BYTES).toString('base64url');
      const at = now.toISOString();
      const row: SessionsTable = {
        id: sessionIdOf(token),
        user_id: userId,
        created_at: at,
        expires_at: new Date(now.getTime() + absoluteLifetimeMs).toISOString(),
        last_seen_at: at,
        second_factor_at: options.secondFactorPassed ? at : null,
        revoked_at: null,
      };
      await db.insertInto('sessions').values(row).execute();
      return { token, session: viewOf(row) };
    },

    /**
     * The session a cookie names, with its user as the account is now (role, TOTP, disabled) and the stage that
     * follows; or why it is refused. Records activity at most once a minute.
     */
    async resolveSession(token: string, now = new Date()): Promise<ResolvedSession> {
      if (!TOKEN_SHAPE.test(token)) return { ok: false, reason: 'unknown' };
      const row = await db
        .selectFrom('sessions')
        .innerJoin('users', 'users.id', 'sessions.user_id')
        .select([
          'sessions.id as session_id',
          'sessions.user_id',
          'sessions.created_at as session_created_at',
          'sessions.expires_at',
          'sessions.last_seen_at',
          'sessions.second_factor_at',
          'sessions.revoked_at',
          ...USER_VIEW_COLUMNS,
        ])
        .where('sessions.id', '=', sessionIdOf(token))
        .executeTakeFirst();
      if (row === undefined) return { ok: false, reason: 'unknown' };
      if (row.revoked_at !== null) return { ok: false, reason: 'revoked' };
      const time = now.getTime();
      const lastSeen = Date.parse(row.last_seen_at);
      if (Date.parse(row.expires_at) <= time || lastSeen + idleTimeoutMs <= time)
        return { ok: false, reason: 'expired' };
      if (row.disabled_at !== null) return { ok: false, reason: 'user_disabled' };

      let lastSeenAt = row.last_seen_at;
      if (time - lastSeen >= LAST_SEEN_RESOLUTION_MS) {
        lastSeenAt = now.toISOString();
        await db
          .updateTable('sessions')
          .set({ last_seen_at: lastSeenAt })
          .where('id', '=', row.session_id)
          .where('last_seen_at', '<', lastSeenAt)
          .execute();
      }
      const user = userViewOf(row, cipher);
      const session: SessionView = {
        id: row.session_id,
        userId: row.user_id,
        createdAt: row.session_created_at,
        expiresAt: row.expires_at,
        lastSeenAt,
        secondFactorAt: row.second_factor_at,
        revokedAt: null,
      };
      return { ok: true, session, user, stage: signInStage(user, row.second_factor_at !== null) };
    },

    /** The session passed its second factor (TOTP, recovery code, or a confirmed enrolment). */
    async markSecondFactor(sessionId: string, now = new Date()): Promise<boolean> {
      const result = await db
        .updateTable('sessions')
        .set({ second_factor_at: now.toISOString() })
        .where('id', '=', sessionId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    /** Sign-out. False when the session is unknown or was already revoked. */
    async revokeSession(sessionId: string, now = new Date()): Promise<boolean> {
      const result = await db
        .updateTable('sessions')
        .set({ revoked_at: now.toISOString() })
        .where('id', '=', sessionId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    /** Every live session of a user (an administrator's "sign out everywhere"); returns how many. */
    async revokeUserSessions(userId: string, now = new Date()): Promise<number> {
      const result = await db
        .updateTable('sessions')
        .set({ revoked_at: now.toISOString() })
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    /**
     * Removes sessions past their lifetime or idle timeout (a periodic job). Revoked ones stay until then, so a
     * revoked cookie is reported as revoked rather than unknown; returns how many were removed.
     */
    async deleteExpiredSessions(now = new Date()): Promise<number> {
      const idleSince = new Date(now.getTime() - idleTimeoutMs).toISOString();
      const result = await db
        .deleteFrom('sessions')
        .where((eb) => eb.or([eb('expires_at', '<=', now.toISOString()), eb('last_seen_at', '<=', idleSince)]))
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
