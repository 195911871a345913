/**
 * The stable codes of the crypto module. The HTTP edge and the CLI map them to words; the codes never change.
 * No message, code or detail ever carries a plaintext, a key or a ciphertext: errors end up in logs.
 */
export type CryptoErrorCode =
  /** A field ciphertext is malformed, was altered, or belongs to another table, column or row. */
  | 'crypto.decrypt_failed'
  /** A ciphertext or key record names a data key or master key that this process does not hold. */
  | 'crypto.unknown_key'
  /** A wrapped key record was altered or does not belong to the master key it names. */
  | 'crypto.unwrap_failed'
  /** The configured master key is not 32 bytes of base64, or is an obvious placeholder. */
  | 'crypto.invalid_master_key'
  /** The stored key records cannot form a keyring: no data key, not exactly one index key, bad ids or dates. */
  | 'crypto.keyring_invalid';

/** Words for people (operators reading the CLI, staff reading the console), in both languages. */
export const cryptoErrorText: Record<CryptoErrorCode, { en: string; fr: string }> = {
  'crypto.decrypt_failed': {
    en: 'An encrypted field could not be decrypted: it was altered or does not belong to this record.',
    fr: 'Un champ chiffré n’a pas pu être déchiffré : il a été altéré ou n’appartient pas à cet enregistrement.',
  },
  'crypto.unknown_key': {
    en: 'An encrypted value names a key that this server does not hold.',
    fr: 'Une valeur chiffrée désigne une clé que ce serveur ne détient pas.',
  },
  'crypto.unwrap_failed': {
    en: 'A stored data key could not be unwrapped with the master key: the key record was altered.',
    fr: 'Une clé de données enregistrée n’a pas pu être déballée avec la clé maîtresse : l’enregistrement a été altéré.',
  },
  'crypto.invalid_master_key': {
    en: 'The master key must be 32 random bytes written in base64 (generate one with `vigie keys generate`).',
    fr: 'La clé maîtresse doit compter 32 octets aléatoires écrits en base64 (générez-en une avec `vigie keys generate`).',
  },
  'crypto.keyring_invalid': {
    en: 'The stored keys are incomplete or inconsistent: one data key at least and exactly one index key are required.',
    fr: 'Les clés enregistrées sont incomplètes ou incohérentes : il faut au moins une clé de données et exactement une clé d’index.',
  },
};

/** What an error may say about where it happened: identifiers only, never values. */
interface CryptoErrorDetail {
  readonly keyId?: string;
  readonly table?: string;
  readonly column?: string;
  readonly rowId?: string;
}

export class CryptoError extends Error {
  override readonly name = 'CryptoError';

  constructor(
    readonly code: CryptoErrorCode,
    readonly detail: CryptoErrorDetail = {},
  ) {
    // The English words only: the underlying OpenSSL error is deliberately not attached as `cause`.
    super(`${code}: ${cryptoErrorText[code].en}`);
  }
}
