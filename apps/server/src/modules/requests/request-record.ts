import type {
  Localized,
  RequesterRole,
  RequestKind,
  RequestRegime,
  RequestState,
  RightsRequest,
  StateChange,
} from '@vigie/core';
import type { FieldCipher, FieldLocation } from '../../crypto/field-cipher.js';
import type { RequestRow } from './requests.store.js';

/** The personal fields of a request, in clear: only ever held in memory, encrypted before they reach the store. */
export interface RequesterIdentity {
  readonly name: string;
  readonly email?: string;
  readonly phone?: string;
  /** When a representative applies: the person the request is about. */
  readonly representedName?: string;
  readonly details?: string;
}

type EncryptedField =
  | 'email_encrypted'
  | 'name_encrypted'
  | 'phone_encrypted'
  | 'represented_name_encrypted'
  | 'details_encrypted';

function at(column: EncryptedField, rowId: string): FieldLocation {
  return { table: 'rights_requests', column, rowId };
}

/** The encrypted columns of a new row (ciphertexts bound to the row id). */
export function encryptIdentity(
  cipher: FieldCipher,
  id: string,
  identity: RequesterIdentity,
): Pick<RequestRow, EncryptedField> {
  const optional = (column: EncryptedField, value: string | undefined) =>
    value === undefined ? null : cipher.encrypt(value, at(column, id));
  return {
    email_encrypted: optional('email_encrypted', identity.email),
    name_encrypted: cipher.encrypt(identity.name, at('name_encrypted', id)),
    phone_encrypted: optional('phone_encrypted', identity.phone),
    represented_name_encrypted: optional('represented_name_encrypted', identity.representedName),
    details_encrypted: optional('details_encrypted', identity.details),
  };
}

export function decryptIdentity(cipher: FieldCipher, row: RequestRow): RequesterIdentity {
  const optional = (column: EncryptedField) => {
    const value = row[column];
    return value === null ? undefined : cipher.decrypt(value, at(column, row.id));
  };
  const email = optional('email_encrypted');
  const phone = optional('phone_encrypted');
  const representedName = optional('represented_name_encrypted');
  const details = optional('details_encrypted');
  return {
    name: cipher.decrypt(row.name_encrypted, at('name_encrypted', row.id)),
    ...(email === undefined ? {} : { email }),
    ...(phone === undefined ? {} : { phone }),
    ...(representedName === undefined ? {} : { representedName }),
    ...(details === undefined ? {} : { details }),
  };
}

/**
 * The request as packages/core's clock, lifecycle and letters see it. The columns were written from the same
 * types (the store's CHECKs do not repeat core's lists, which grow with the law), hence the casts. The extension's
 * reason is encrypted: only the letter needs it, and passes it in; the clock needs only the extension's presence.
 */
export function rightsRequestOf(row: RequestRow, extensionReason: Localized = { fr: '', en: '' }): RightsRequest {
  return {
    id: row.id,
    kind: row.kind as RequestKind,
    regime: row.regime as RequestRegime,
    requester: { role: row.requester_role as RequesterRole },
    receivedAt: row.received_at,
    state: row.state as RequestState,
    history: JSON.parse(row.history) as StateChange[],
    ...(row.refusal_reason === null ? {} : { refusalReason: row.refusal_reason }),
    ...(row.extension_notice_at === null
      ? {}
      : { extension: { noticeAt: row.extension_notice_at, reason: extensionReason } }),
  };
}
