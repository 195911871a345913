import { hash } from 'node:crypto';
import type { ConsentRecord } from './consent.record.js';

/** The prevHash of record 1, from a versioned label so that no other chain's hash can pass for it. */
export const CONSENT_GENESIS_HASH = hash('sha256', 'vigie/consent-ledger/v1/genesis', 'hex');

type Hashed = Omit<ConsentRecord, 'prevHash' | 'hash'>;

/**
 * The choices as JSON with keys in code-unit order and true/false values, so the same choices always give the same
 * text. Written key by key: a JavaScript object would put integer-like keys ("1", "2") first whatever the sort.
 */
export function canonicalChoices(choices: Readonly<Record<string, boolean>>): string {
  const keys = Object.keys(choices).sort();
  let text = '{';
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    text += `${i === 0 ? '' : ','}${JSON.stringify(key)}:${choices[key] === true}`;
  }
  return `${text}}`;
}

/**
 * The canonical form: a JSON array of the fields in a fixed order, written by JSON.stringify (unambiguous quoting,
 * any language can re-compute it), the choices as their canonical JSON text.
 */
function canonicalConsent(record: Hashed): string {
  return JSON.stringify([
    record.seq,
    record.id,
    record.recordedAt,
    record.visitorIndex,
    canonicalChoices(record.choices),
    record.noticeVersion,
    record.configVersion,
    record.method,
    record.gpc,
    record.ipTruncated,
    record.userAgentFamily,
  ]);
}

/** SHA-256 over prevHash (64 hex characters, a fixed width) followed by the canonical form, as UTF-8. */
export function hashConsent(prevHash: string, record: Hashed): string {
  return hash('sha256', prevHash + canonicalConsent(record), 'hex');
}
