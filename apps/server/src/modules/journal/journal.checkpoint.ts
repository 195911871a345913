import { createPublicKey, hash, type KeyObject, sign, verify } from 'node:crypto';

/** A signed statement that the chain, at entry `seq`, had hash `hash`. */
export interface JournalCheckpoint {
  readonly seq: number;
  readonly hash: string;
  /** Ed25519 signature of the checkpoint payload, base64. */
  readonly signature: string;
  /** Which key signed (see journalKeyId): keys rotate, old checkpoints keep verifying. */
  readonly keyId: string;
  readonly at: string;
}

/** The private half used by the appender; loaded from a file outside the database (journal.keys.ts). */
export interface JournalSigner {
  readonly keyId: string;
  readonly privateKey: KeyObject;
}

/** Public keys by key id, as the verifier receives them. */
export type JournalPublicKeys = ReadonlyMap<string, KeyObject>;

/**
 * The key id is derived from the public key itself (SHA-256 of its SPKI DER), so a verifier can
 * recompute it and a checkpoint cannot point at a key it was not signed with.
 */
export function journalKeyId(key: KeyObject): string {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return `ed25519:${hash('sha256', der, 'hex').slice(0, 16)}`;
}

/** Builds the key map a verifier needs from public keys (KeyObject or PEM text). */
export function journalPublicKeys(keys: readonly (KeyObject | string)[]): JournalPublicKeys {
  const map = new Map<string, KeyObject>();
  for (const key of keys) {
    const publicKey = typeof key === 'string' ? createPublicKey(key) : key;
    map.set(journalKeyId(publicKey), publicKey);
  }
  return map;
}

// A labelled, line-separated payload: every field is a number, hex, an id or an ISO instant, none of
// which contains a newline, so the layout is unambiguous. The label stops a signature made for
// anything else from passing as a checkpoint.
function payload(checkpoint: Omit<JournalCheckpoint, 'signature'>): string {
  return `vigie/journal/v1/checkpoint\n${checkpoint.seq}\n${checkpoint.hash}\n${checkpoint.keyId}\n${checkpoint.at}`;
}

export function signCheckpoint(
  head: { readonly seq: number; readonly hash: string },
  at: string,
  signer: JournalSigner,
): JournalCheckpoint {
  const unsigned = { seq: head.seq, hash: head.hash, keyId: signer.keyId, at };
  const signature = sign(null, Buffer.from(payload(unsigned)), signer.privateKey).toString('base64');
  return { ...unsigned, signature };
}

/** False for an unknown key id as well as for a bad signature: either way nothing vouches for the checkpoint. */
export function checkpointSignatureHolds(checkpoint: JournalCheckpoint, keys: JournalPublicKeys): boolean {
  const key = keys.get(checkpoint.keyId);
  if (key === undefined || typeof checkpoint.signature !== 'string') return false;
  return verify(null, Buffer.from(payload(checkpoint)), key, Buffer.from(checkpoint.signature, 'base64'));
}
