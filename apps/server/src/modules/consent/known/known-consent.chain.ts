import { hash } from 'node:crypto';
import type { ConsentHead } from '../consent.chain.js';

export const KNOWN_CONSENT_METHODS = ['staff-paper', 'staff-phone', 'portal', 'api'] as const;
export const KNOWN_CONSENT_GIVERS = ['person', 'guardian', 'person-and-guardian'] as const;

/** A known person's consent or withdrawal for one purpose, before it is chained. */
export interface KnownConsentFacts {
  /** UUID v7. */
  readonly id: string;
  readonly kind: 'given' | 'withdrawn';
  /** Keyed blind index of the organisation's reference for the person. */
  readonly subjectIndex: string;
  readonly purpose: string;
  /** SHA-256 of the wording shown (null for a withdrawal). */
  readonly wordingHash: string | null;
  /** Whether the consent was express; null for a withdrawal. */
  readonly express: boolean | null;
  readonly givenBy: (typeof KNOWN_CONSENT_GIVERS)[number];
  /** Keyed blind index of the guardian's reference (same key as the person's: a guardian may be a person too). */
  readonly guardianIndex: string | null;
  /** The age under which the regime requires a guardian, when the person was younger. */
  readonly minorUnder: number | null;
  readonly regime: string | null;
  readonly method: (typeof KNOWN_CONSENT_METHODS)[number];
  /** Staff user id or API key id. */
  readonly recordedBy: string;
  readonly recordedAt: string;
}

export interface KnownConsentRecord extends KnownConsentFacts {
  readonly seq: number;
  readonly prevHash: string;
  readonly hash: string;
}

/** The prevHash of record 1: a label of its own, so that no record of the anonymous ledger can pass for one here. */
export const KNOWN_CONSENT_GENESIS_HASH = hash('sha256', 'vigie/known-consents/v1/genesis', 'hex');

/** SHA-256 over prevHash and the fields as a JSON array in a fixed order (as consent.canonical.ts). */
export function hashKnownConsent(prevHash: string, r: Omit<KnownConsentRecord, 'prevHash' | 'hash'>): string {
  const canonical = JSON.stringify([
    r.seq,
    r.id,
    r.kind,
    r.subjectIndex,
    r.purpose,
    r.wordingHash,
    r.express,
    r.givenBy,
    r.guardianIndex,
    r.minorUnder,
    r.regime,
    r.method,
    r.recordedBy,
    r.recordedAt,
  ]);
  return hash('sha256', prevHash + canonical, 'hex');
}

export function chainKnownConsent(head: ConsentHead, facts: KnownConsentFacts): KnownConsentRecord {
  const unchained = { ...facts, seq: head.seq + 1 };
  return { ...unchained, prevHash: head.hash, hash: hashKnownConsent(head.hash, unchained) };
}

/** The wording's identity: SHA-256 of both texts, unambiguously joined. */
export function wordingHash(text: { readonly fr: string; readonly en: string }): string {
  return hash('sha256', JSON.stringify([text.fr, text.en]), 'hex');
}
