import type { Role } from './user-view.js';

/** Roles that must pass a second factor (TOTP) before a session is of any use (issue 3). */
export const TWO_FACTOR_ROLES: readonly Role[] = ['owner', 'admin', 'privacy_officer'];

/** How far a sign-in has got: a password alone opens nothing but the second-factor steps. */
export type SignInStage = 'totp' | 'enrol' | 'complete';

/**
 * The stage of a user's session from the account as it is now, not as it was at sign-in: a user promoted to a
 * two-factor role without TOTP falls back to `enrol` on their next request, and one who enrolled keeps the
 * session they proved themselves in.
 */
export function signInStage(
  user: { readonly role: Role; readonly totpEnabled: boolean },
  secondFactorPassed: boolean,
): SignInStage {
  if (user.totpEnabled) return secondFactorPassed ? 'complete' : 'totp';
  return TWO_FACTOR_ROLES.includes(user.role) ? 'enrol' : 'complete';
}
