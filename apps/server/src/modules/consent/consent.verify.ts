import type { ConsentAnchor } from './consent.anchor.js';
import { CONSENT_GENESIS_HASH, hashConsent } from './consent.canonical.js';
import type { ConsentHead } from './consent.chain.js';
import type { ConsentRecord } from './consent.record.js';

/**
 * What can be wrong: a record whose fields no longer give its hash (altered), a seq missing (removed), a record
 * that does not follow the one before it (inserted), a journal anchor whose head the ledger no longer has
 * (rewritten: the records up to it were changed and re-hashed), an anchor past the ledger's end (truncated), or a
 * journal entry that claims to anchor the ledger but names no head (forged_anchor).
 */
export type ConsentProblemKind = 'altered' | 'removed' | 'inserted' | 'rewritten' | 'truncated' | 'forged_anchor';

export interface ConsentProblem {
  readonly kind: ConsentProblemKind;
  /** The ledger seq at fault (for forged_anchor, the journal seq of the entry). */
  readonly seq: number;
  /** The record's id when the record is there to name. */
  readonly recordId?: string;
}

type ConsentLedgerVerification =
  | {
      readonly ok: true;
      readonly records: number;
      readonly head: ConsentHead | undefined;
      /** The highest seq a journal anchor vouches for. */
      readonly anchoredSeq: number;
      /** Records after the last anchor: nothing in the journal vouches for them yet. */
      readonly unanchored: number;
    }
  | { readonly ok: false; readonly records: number; readonly problem: ConsentProblem };

type Records = AsyncIterable<ConsentRecord> | Iterable<ConsentRecord>;

/**
 * Re-computes the whole ledger from seq 1 and checks every journal anchor against it. The anchors must be read
 * before the records: an anchor is written after its batch commits, so every anchor read first has its records in
 * the stream. Pure logic: the caller streams the records from the store. Tampering is a result, never an exception.
 */
export async function verifyConsentLedger(
  records: Records,
  anchors: readonly ConsentAnchor[],
): Promise<ConsentLedgerVerification> {
  const forged = anchors.find((anchor) => anchor.head === undefined);
  if (forged !== undefined)
    return { ok: false, records: 0, problem: { kind: 'forged_anchor', seq: forged.journalSeq } };
  const heads = anchors.flatMap((anchor) => (anchor.head === undefined ? [] : [anchor.head]));
  heads.sort((a, b) => a.seq - b.seq);
  let next = 0;
  let count = 0;
  let expectedSeq = 1;
  let expectedPrev = CONSENT_GENESIS_HASH;
  let previous: ConsentRecord | undefined;
  let anchoredSeq = 0;
  const fail = (problem: ConsentProblem): ConsentLedgerVerification => ({ ok: false, records: count, problem });

  for await (const record of records) {
    if (record.seq > expectedSeq) return fail({ kind: 'removed', seq: expectedSeq });
    if (record.seq < expectedSeq) return fail({ kind: 'inserted', seq: record.seq, recordId: record.id });
    const holds = hashConsent(record.prevHash, record) === record.hash;
    if (!holds) return fail({ kind: 'altered', seq: record.seq, recordId: record.id });
    if (record.prevHash !== expectedPrev) {
      // This record committed to another predecessor: the one stored before it was rewritten and re-hashed.
      return fail(
        previous === undefined
          ? { kind: 'altered', seq: record.seq, recordId: record.id }
          : { kind: 'altered', seq: previous.seq, recordId: previous.id },
      );
    }
    while (next < heads.length && (heads[next] as ConsentHead).seq === record.seq) {
      if ((heads[next] as ConsentHead).hash !== record.hash) return fail({ kind: 'rewritten', seq: record.seq });
      anchoredSeq = record.seq;
      next += 1;
    }
    count += 1;
    previous = record;
    expectedSeq = record.seq + 1;
    expectedPrev = record.hash;
  }
  if (next < heads.length) return fail({ kind: 'truncated', seq: expectedSeq });
  return {
    ok: true,
    records: count,
    head: previous === undefined ? undefined : { seq: previous.seq, hash: previous.hash },
    anchoredSeq,
    unanchored: expectedSeq - 1 - anchoredSeq,
  };
}
