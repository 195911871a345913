import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { ConsentHead } from './consent.chain.js';

/** The journal action that anchors the ledger's head: one entry per committed batch, never one per consent. */
export const CONSENT_ANCHOR_ACTION = 'consent.batch';

// A journal subject is `kind:id` with an id of at most 64 characters from [A-Za-z0-9_-] (journal.event-rules.ts),
// which keeps personal data out of the journal. The head is written as `<seq>_<hash in base64url>`: the 32-byte
// hash takes 43 characters there (64 in hex would leave no room for the seq), the whole hash is kept.
const SUBJECT = /^consents:(\d{1,20})_([A-Za-z0-9_-]{43})$/;

export function anchorSubject(head: ConsentHead): string {
  return `consents:${head.seq}_${Buffer.from(head.hash, 'hex').toString('base64url')}`;
}

/** The head an anchor names; undefined for a subject that is not one (then the anchor is reported as forged). */
function anchoredHead(subject: string | null): ConsentHead | undefined {
  const match = SUBJECT.exec(subject ?? '');
  if (match === null) return undefined;
  const seq = Number(match[1]);
  const hash = Buffer.from(match[2] as string, 'base64url').toString('hex');
  return Number.isSafeInteger(seq) && hash.length === 64 ? { seq, hash } : undefined;
}

/** An anchor as read from the journal: the entry that holds it and the head it names. */
export interface ConsentAnchor {
  readonly journalSeq: number;
  readonly head: ConsentHead | undefined;
}

/**
 * The head the journal's latest anchor names. Read backwards along the journal's primary key: the latest anchor is
 * near the end (one per second at most while consents come in), so this reads few rows however long the journal.
 */
export async function readLastAnchoredHead(db: Kysely<Database>): Promise<ConsentHead | undefined> {
  const row = await db
    .selectFrom('journal_entries')
    .select('subject')
    .where('action', '=', CONSENT_ANCHOR_ACTION)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row === undefined ? undefined : anchoredHead(row.subject);
}

/** Every anchor in the journal, in journal order. */
export async function readConsentAnchors(db: Kysely<Database>): Promise<ConsentAnchor[]> {
  const rows = await db
    .selectFrom('journal_entries')
    .select(['seq', 'subject'])
    .where('action', '=', CONSENT_ANCHOR_ACTION)
    .orderBy('seq')
    .execute();
  return rows.map((row) => ({ journalSeq: row.seq, head: anchoredHead(row.subject) }));
}
