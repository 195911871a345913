import { extendRequest } from '@vigie/core';
import type { FieldCipher } from '../../crypto/field-cipher.js';
import type { DeskStore } from './request-desk.store.js';
import { rightsRequestOf } from './request-record.js';
import type { RequestsContext } from './requests.context.js';
import { RequestsError, type RequestsErrorCode } from './requests.errors.js';

const CORE_ERRORS: Readonly<Record<string, RequestsErrorCode>> = {
  'requests.extension-not-provided': 'requests.extension_not_provided',
  'requests.already-extended': 'requests.already_extended',
  'requests.extension-too-late': 'requests.extension_too_late',
  'requests.closed': 'requests.transition_not_allowed',
};

/** Where the extension's reason is encrypted: bound to its request. */
export const extensionReasonField = (id: string) => ({
  table: 'rights_requests',
  column: 'extension_reason_encrypted',
  rowId: id,
});

/**
 * Extends a request's time limit where its regime allows it, once, with notice given now (core's extendRequest
 * decides; the new due date follows from the clock). The reason, in staff's words, is kept encrypted for the
 * extension letter, which is the notice the law asks for.
 */
export function createRequestExtension(
  context: Pick<RequestsContext, 'store' | 'pack' | 'now'> & {
    readonly desk: DeskStore;
    readonly cipher: FieldCipher;
  },
) {
  return async (id: string, reason: string): Promise<void> => {
    const row = await context.store.byId(id);
    if (row === undefined) throw new RequestsError('requests.not_found');
    const at = context.now();
    const extended = extendRequest(context.pack, rightsRequestOf(row), at, { fr: reason, en: reason });
    if (!extended.ok) throw new RequestsError(CORE_ERRORS[extended.code] ?? 'requests.transition_not_allowed');
    const change = {
      extension_notice_at: at.toISOString(),
      extension_reason_encrypted: context.cipher.encrypt(reason, extensionReasonField(id)),
      updated_at: at.toISOString(),
    };
    if (!(await context.desk.extend(id, row.state, change))) throw new RequestsError('requests.changed_meanwhile');
  };
}
