import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { ConsentHead } from '../consent.chain.js';
import { hashKnownConsent, KNOWN_CONSENT_GENESIS_HASH, type KnownConsentRecord } from './known-consent.chain.js';

/** The journal action anchoring this chain's head: one entry per record (staff record consents one at a time). */
export const KNOWN_ANCHOR_ACTION = 'consent.known_anchor';

// `known_consents:<seq>_<hash in base64url>`, the same shape as the anonymous ledger's anchors (consent.anchor.ts).
const SUBJECT = /^known_consents:(\d{1,20})_([A-Za-z0-9_-]{43})$/;

export function knownAnchorSubject(head: ConsentHead): string {
  return `known_consents:${head.seq}_${Buffer.from(head.hash, 'hex').toString('base64url')}`;
}

type KnownChainReport =
  | { readonly ok: true; readonly records: number; readonly anchoredSeq: number; readonly unanchored: number }
  | {
      readonly ok: false;
      readonly records: number;
      readonly problem: { readonly kind: 'altered' | 'gap' | 'relinked' | 'anchor'; readonly seq: number };
    };

async function anchoredHeads(db: Kysely<Database>): Promise<(ConsentHead | undefined)[]> {
  const rows = await db
    .selectFrom('journal_entries')
    .select('subject')
    .where('action', '=', KNOWN_ANCHOR_ACTION)
    .orderBy('seq')
    .execute();
  return rows.map((row) => {
    const match = SUBJECT.exec(row.subject ?? '');
    if (match === null) return undefined;
    return { seq: Number(match[1]), hash: Buffer.from(match[2] as string, 'base64url').toString('hex') };
  });
}

/**
 * Re-computes every record's hash and link, then checks each head the journal anchored against the record at that
 * seq: a record rewritten along with every hash after it still fails against the journal's signed entries. Anchors
 * are read first, so every anchor read has its record committed before it.
 */
export async function verifyKnownConsents(
  db: Kysely<Database>,
  records: () => Promise<readonly KnownConsentRecord[]>,
): Promise<KnownChainReport> {
  const anchors = await anchoredHeads(db);
  const chain = await records();
  let prev = KNOWN_CONSENT_GENESIS_HASH;
  for (const [i, record] of chain.entries()) {
    const fail = (kind: 'altered' | 'gap' | 'relinked') => ({
      ok: false as const,
      records: chain.length,
      problem: { kind, seq: record.seq },
    });
    if (record.seq !== i + 1) return fail('gap');
    if (record.prevHash !== prev) return fail('relinked');
    if (hashKnownConsent(record.prevHash, record) !== record.hash) return fail('altered');
    prev = record.hash;
  }
  let anchoredSeq = 0;
  for (const anchor of anchors) {
    const record = anchor === undefined ? undefined : chain[anchor.seq - 1];
    if (anchor === undefined || record === undefined || record.hash !== anchor.hash)
      return { ok: false, records: chain.length, problem: { kind: 'anchor', seq: anchor?.seq ?? 0 } };
    anchoredSeq = Math.max(anchoredSeq, anchor.seq);
  }
  // Records after the last anchor are intact as a chain but not yet covered by the journal's signatures.
  return { ok: true, records: chain.length, anchoredSeq, unanchored: chain.length - anchoredSeq };
}
