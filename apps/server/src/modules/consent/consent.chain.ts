import { CONSENT_GENESIS_HASH, hashConsent } from './consent.canonical.js';
import type { ConsentFacts, ConsentRecord } from './consent.record.js';

/** The end of the ledger that new records attach to. */
export interface ConsentHead {
  readonly seq: number;
  readonly hash: string;
}

export const EMPTY_CONSENT_HEAD: ConsentHead = { seq: 0, hash: CONSENT_GENESIS_HASH };

/** Chains the facts after `head`, in order, each record's prevHash the hash of the one before. */
export function chainConsents(head: ConsentHead, facts: readonly ConsentFacts[]): ConsentRecord[] {
  const records: ConsentRecord[] = new Array(facts.length);
  let { seq, hash: prevHash } = head;
  for (let i = 0; i < facts.length; i++) {
    seq += 1;
    const unchained = { ...(facts[i] as ConsentFacts), seq };
    const hash = hashConsent(prevHash, unchained);
    records[i] = { ...unchained, prevHash, hash };
    prevHash = hash;
  }
  return records;
}
