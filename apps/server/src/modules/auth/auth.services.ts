import type { Kysely } from 'kysely';
import type { CallerResolver } from '../../app/caller.js';
import type { Secret } from '../../config/secret.js';
import type { FieldCipher } from '../../crypto/field-cipher.js';
import type { Keyring } from '../../crypto/keyring.js';
import type { Database } from '../../db/schema.js';
import { createApiKeysStore } from './api-keys.store.js';
import { csrfTokenFor, csrfTokenMatches } from './csrf.js';
import { createSessionsStore } from './sessions.store.js';
import { createSignIn } from './sign-in.js';
import { createUsersStore } from './users.store.js';

/** The auth module's stores and use cases over one installation, built once by the composition root. */
export interface AuthServices {
  readonly users: ReturnType<typeof createUsersStore>;
  readonly sessions: ReturnType<typeof createSessionsStore>;
  readonly apiKeys: ReturnType<typeof createApiKeysStore>;
  readonly signIn: ReturnType<typeof createSignIn>;
  readonly resolver: CallerResolver;
}

export function createAuthServices(deps: {
  readonly db: Kysely<Database>;
  readonly cipher: FieldCipher;
  readonly keyring: Keyring;
  readonly sessionSecret: Secret;
  readonly totpIssuer: string;
}): AuthServices {
  const users = createUsersStore({
    db: deps.db,
    cipher: deps.cipher,
    keyring: deps.keyring,
    totpIssuer: deps.totpIssuer,
  });
  const sessions = createSessionsStore({ db: deps.db, cipher: deps.cipher });
  const apiKeys = createApiKeysStore({ db: deps.db });
  const signIn = createSignIn({ db: deps.db, users });
  const secret = deps.sessionSecret.reveal();
  const resolver: CallerResolver = {
    async fromSessionToken(token) {
      const resolved = await sessions.resolveSession(token);
      if (!resolved.ok) return undefined;
      return {
        kind: 'user',
        userId: resolved.user.id,
        role: resolved.user.role,
        sessionId: resolved.session.id,
        stage: resolved.stage,
        user: resolved.user,
      };
    },
    async fromApiKey(key) {
      const resolved = await apiKeys.authenticateApiKey(key);
      if (!resolved.ok) return undefined;
      // A key acts on its creator's authority: when that account is disabled (someone who left), its keys stop.
      const creator = await deps.db
        .selectFrom('users')
        .select('disabled_at')
        .where('id', '=', resolved.apiKey.createdBy)
        .executeTakeFirst();
      if (creator === undefined || creator.disabled_at !== null) return undefined;
      return { kind: 'api_key', keyId: resolved.apiKey.id, scopes: resolved.apiKey.scopes };
    },
    csrfTokenFor: (sessionId) => csrfTokenFor(sessionId, secret),
    csrfTokenMatches: (sessionId, token) => csrfTokenMatches(sessionId, secret, token),
  };
  return { users, sessions, apiKeys, signIn, resolver };
}
