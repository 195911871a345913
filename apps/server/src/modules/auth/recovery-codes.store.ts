import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { generateRecoveryCodes, hashRecoveryCode } from './recovery-codes.js';

/**
 * Replaces every recovery code of the user with a fresh set and returns the codes in clear (once: only their
 * hashes are kept). Run it inside the caller's transaction, so the old set never disappears without the new one.
 */
export async function replaceRecoveryCodes(db: Kysely<Database>, userId: string): Promise<string[]> {
  const codes = generateRecoveryCodes();
  await db.deleteFrom('user_recovery_codes').where('user_id', '=', userId).execute();
  await db
    .insertInto('user_recovery_codes')
    .values(codes.map((code) => ({ user_id: userId, code_hash: hashRecoveryCode(userId, code), used_at: null })))
    .execute();
  return codes;
}

/**
 * Spends a code: true once, false for a wrong or already used code. One conditional UPDATE, so two requests racing
 * with the same code cannot both succeed.
 */
export async function useRecoveryCode(db: Kysely<Database>, userId: string, input: string, now: Date) {
  const result = await db
    .updateTable('user_recovery_codes')
    .set({ used_at: now.toISOString() })
    .where('user_id', '=', userId)
    .where('code_hash', '=', hashRecoveryCode(userId, input))
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** How many unused codes the user has left, so the console can urge them to print a new set. */
export async function recoveryCodesLeft(db: Kysely<Database>, userId: string): Promise<number> {
  const row = await db
    .selectFrom('user_recovery_codes')
    .select((eb) => eb.fn.countAll<number | string>().as('left'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.left);
}
