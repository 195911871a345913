import type { Role } from '../../api/types.js';

// What the server lets each role do with requests (apps/server/src/app/permissions.ts); the console only hides
// what would answer 403, the server still decides.
const MANAGE: readonly Role[] = ['owner', 'privacy_officer', 'agent'];
const APPROVE: readonly Role[] = ['owner', 'privacy_officer'];
const FINAL_STATES: readonly string[] = ['completed', 'partly-refused', 'refused', 'withdrawn'];

/** requests.manage: prepare plans, move and refuse requests. */
export function canManageRequests(role: Role): boolean {
  return MANAGE.includes(role);
}

/** requests.approve: let Vigie carry a plan out in the organisation's systems. */
export function canApprovePlans(role: Role): boolean {
  return APPROVE.includes(role);
}

/** A request answered (completed or refused, whole or in part) or withdrawn moves no further. */
export function isFinalState(state: string): boolean {
  return FINAL_STATES.includes(state);
}
