import type { Role, UserView } from '../modules/auth/user-view.js';

/** How far a signed-in staff member has got: a password alone opens nothing but the second-factor steps. */
export type SessionStage = 'totp' | 'enrol' | 'complete';

export interface UserCaller {
  readonly kind: 'user';
  readonly userId: string;
  readonly role: Role;
  readonly sessionId: string;
  readonly stage: SessionStage;
  /** The account as the session lookup read it, so a route does not read it again. */
  readonly user: UserView;
}

export interface ApiKeyCaller {
  readonly kind: 'api_key';
  readonly keyId: string;
  readonly scopes: readonly string[];
}

/** Who is calling, resolved once per request by app/access.ts. */
export type Caller = { readonly kind: 'anonymous' } | UserCaller | ApiKeyCaller;

export const ANONYMOUS: Caller = { kind: 'anonymous' };

/** The journal's actor field for a caller. */
export function actorOf(caller: Caller): string {
  switch (caller.kind) {
    case 'user':
      return `user:${caller.userId}`;
    case 'api_key':
      return `apikey:${caller.keyId}`;
    case 'anonymous':
      return 'system';
  }
}

/** Looks callers up in the store; implemented by the composition root over the auth module. */
export interface CallerResolver {
  fromSessionToken(token: string): Promise<UserCaller | undefined>;
  fromApiKey(key: string): Promise<ApiKeyCaller | undefined>;
  /** The CSRF token bound to a session (the same value the session routes hand to the browser). */
  csrfTokenFor(sessionId: string): string;
  csrfTokenMatches(sessionId: string, token: string): boolean;
}
