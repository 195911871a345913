import type { ApiKey } from '../../api/types.js';

type KeyStatus = 'active' | 'expired' | 'revoked';

/** Revoked wins over expired: it is the decision someone made. */
export function keyStatus(key: ApiKey, now: Date): KeyStatus {
  if (key.revokedAt !== null) return 'revoked';
  if (key.expiresAt !== null && new Date(key.expiresAt).getTime() <= now.getTime()) return 'expired';
  return 'active';
}
