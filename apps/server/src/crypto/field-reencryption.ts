import { CryptoError, type CryptoErrorCode } from './crypto.errors.js';
import type { FieldCipher, FieldLocation } from './field-cipher.js';

/** An encrypted field as the store holds it. */
export interface StoredField {
  readonly location: FieldLocation;
  readonly ciphertext: string;
}

/** A field re-encrypted under the active key, with the ciphertext it replaces. */
export interface ReencryptedField extends StoredField {
  readonly previous: string;
}

/**
 * How the store takes part in a data-key rotation. The store decides the order (a keyset cursor over each
 * encrypted table, for instance) and writes each batch in one short transaction, so the server keeps serving.
 */
export interface FieldBatches<Cursor> {
  /** Up to `limit` fields after `after` (undefined: from the start); an empty batch ends the run. */
  read(after: Cursor | undefined, limit: number): Promise<{ fields: readonly StoredField[]; next: Cursor }>;
  /**
   * Writes each field only where its column still holds `previous` (compare-and-swap, e.g.
   * `UPDATE … SET c = :ciphertext WHERE id = :rowId AND c = :previous`), so that an edit made by a user while the
   * rotation runs is never overwritten with an older value. Returns how many fields were written.
   */
  write(fields: readonly ReencryptedField[]): Promise<number>;
}

interface ReencryptionReport {
  readonly examined: number;
  readonly reencrypted: number;
  /** Already under the active key: written by live traffic after the new key, or by an earlier, interrupted run. */
  readonly alreadyCurrent: number;
  /** Changed by someone else between read and write; the new value is under the active key already. */
  readonly changedMeanwhile: number;
  /** Fields that could not be decrypted: left as they are and reported, the run goes on. */
  readonly failed: readonly { readonly location: FieldLocation; readonly code: CryptoErrorCode }[];
  /** False when `signal` stopped the run; running again resumes (current fields are skipped, not rewritten). */
  readonly completed: boolean;
}

/** Batches of 500: short transactions that hold row locks only briefly, few round trips. */
const DEFAULT_BATCH_SIZE = 500;

/**
 * Data-key rotation, second step: after a new data key was added (and every process reloaded its keyring, so all
 * new writes use it), re-encrypts every field still under an older key, batch by batch. Idempotent and resumable:
 * a crash half-way loses nothing, and a re-run skips what is done. When a run completes with no failure, no field
 * uses the older keys any more and their records can be deleted.
 */
export async function reencryptFields<Cursor>(args: {
  cipher: FieldCipher;
  batches: FieldBatches<Cursor>;
  batchSize?: number;
  /** Where an interrupted run stopped (saved by `onBatch`), to resume there rather than from the start. */
  after?: Cursor;
  /** Called after each batch is written, e.g. to save the cursor of a durable job. */
  onBatch?: (progress: { cursor: Cursor; report: ReencryptionReport }) => void | Promise<void>;
  signal?: AbortSignal;
}): Promise<ReencryptionReport> {
  const limit = args.batchSize ?? DEFAULT_BATCH_SIZE;
  const counts = { examined: 0, reencrypted: 0, alreadyCurrent: 0, changedMeanwhile: 0 };
  const failed: { location: FieldLocation; code: CryptoErrorCode }[] = [];
  const report = (completed: boolean): ReencryptionReport => ({ ...counts, failed: [...failed], completed });
  let cursor = args.after;

  while (!args.signal?.aborted) {
    const { fields, next } = await args.batches.read(cursor, limit);
    if (fields.length === 0) return report(true);
    const rewritten: ReencryptedField[] = [];
    for (const field of fields) {
      counts.examined++;
      try {
        if (args.cipher.keyIdOf(field.ciphertext) === args.cipher.activeKeyId) {
          counts.alreadyCurrent++;
          continue;
        }
        const plaintext = args.cipher.decrypt(field.ciphertext, field.location);
        const ciphertext = args.cipher.encrypt(plaintext, field.location);
        rewritten.push({ location: field.location, previous: field.ciphertext, ciphertext });
      } catch (error) {
        if (!(error instanceof CryptoError)) throw error;
        failed.push({ location: field.location, code: error.code });
      }
    }
    const written = rewritten.length > 0 ? await args.batches.write(rewritten) : 0;
    counts.reencrypted += written;
    counts.changedMeanwhile += rewritten.length - written;
    cursor = next;
    await args.onBatch?.({ cursor: next, report: report(false) });
  }
  return report(false);
}
