import type { Problem } from '../api/problem.js';
import type { Session, SessionUser } from '../api/types.js';

/** Where the console stands in the sign-in journey; each kind is one screen. */
export type SessionView =
  | { readonly kind: 'checking' }
  | { readonly kind: 'unavailable'; readonly problem: Problem }
  | { readonly kind: 'sign-in'; readonly notice: 'signed-out' | 'expired' | null }
  | { readonly kind: 'totp'; readonly user: SessionUser }
  | { readonly kind: 'enrol'; readonly user: SessionUser }
  | { readonly kind: 'recovery-codes'; readonly user: SessionUser; readonly codes: readonly string[] }
  | { readonly kind: 'shell'; readonly user: SessionUser };

/** The screen a session's stage calls for. */
export function viewForSession(session: Session): SessionView {
  switch (session.stage) {
    case 'totp':
      return { kind: 'totp', user: session.user };
    case 'enrol':
      return { kind: 'enrol', user: session.user };
    case 'complete':
      return { kind: 'shell', user: session.user };
  }
}
