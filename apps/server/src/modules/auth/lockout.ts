/**
 * Lock-out after repeated failures, password and second factor alike (one counter, `users.failed_logins`, of
 * consecutive failures; a completed sign-in resets it).
 *
 * - Failures 1 to 4: nothing but the count.
 * - The 5th failure locks the account for 15 minutes. While locked, attempts are refused without checking the
 *   password (so they cost no argon2 work and teach nothing) and do not count.
 * - Each further failure after a lock ends locks again for twice as long: 30 min, 1 h, 2 h, then 4 h at most.
 *
 * So a guesser gets 5 tries, then one try per lock period: under 10 a day once the cap is reached, hopeless
 * against a 12-character password or a 6-digit code. The cap bounds the other side of a lock-out, a nuisance
 * who locks out a colleague on purpose: 4 hours at worst per round, after which the owner of the account can sign
 * in again (and a completed sign-in resets the count).
 */
export const LOCKOUT_THRESHOLD = 5;
const FIRST_LOCK_MS = 15 * 60_000;
const MAX_LOCK_MS = 4 * 60 * 60_000;

/** How long the account locks once it has `failures` consecutive failures; undefined below the threshold. */
export function lockDurationMs(failures: number): number | undefined {
  if (failures < LOCKOUT_THRESHOLD) return undefined;
  return Math.min(FIRST_LOCK_MS * 2 ** (failures - LOCKOUT_THRESHOLD), MAX_LOCK_MS);
}

/**
 * The lock each failure count from the threshold up to the cap leads to, starting `now`; every count beyond the
 * last entry leads to the cap. Finite, so the store can write the escalation as one CASE expression.
 */
export function lockSchedule(now: Date): {
  readonly steps: { failures: number; until: string }[];
  readonly cap: string;
} {
  const steps: { failures: number; until: string }[] = [];
  for (let failures = LOCKOUT_THRESHOLD; ; failures++) {
    const duration = lockDurationMs(failures) ?? 0;
    if (duration >= MAX_LOCK_MS) break;
    steps.push({ failures, until: new Date(now.getTime() + duration).toISOString() });
  }
  return { steps, cap: new Date(now.getTime() + MAX_LOCK_MS).toISOString() };
}
